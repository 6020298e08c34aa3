import platform
import re
from importlib.metadata import distribution, distributions, PackageNotFoundError


def _canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def installed_version(name):
    wanted = _canonical(name)
    for dist in distributions():
        if _canonical(dist.metadata["Name"]) == wanted:
            return dist.version
    return None


def version_line(name):
    version = installed_version(name) or "(not installed)"
    return f"{name} {version} (Python {platform.python_version()})"
