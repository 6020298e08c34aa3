import importlib
import platform


def installed_version(name):
    try:
        module = importlib.import_module(name.replace("-", "_").lower())
    except ImportError:
        return None
    return getattr(module, "__version__", None)


def version_line(name):
    version = installed_version(name) or "(not installed)"
    return f"{name} {version} (Python {platform.python_version()})"
