import os
import re
from pathlib import Path


def find_packages(src):
    found = []
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames[:] = [d for d in dirnames if d != "__pycache__"]
        if "__init__.py" in filenames:
            rel = os.path.relpath(dirpath, src)
            found.append(rel.replace(os.sep, "."))
    found.sort()
    return found


def wheel_files(project):
    src = Path(project, "src")
    out = []
    for package in [p for p in src.iterdir() if p.is_dir()]:
        for dirpath, dirnames, filenames in os.walk(package):
            dirnames[:] = [d for d in dirnames if d != "__pycache__"]
            for filename in filenames:
                if not filename.endswith(".pyc"):
                    out.append(Path(dirpath, filename).relative_to(src).as_posix())
    out.sort()
    return out


def wheel_filename(name, version):
    name = re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")
    return "%s-%s-py3-none-any.whl" % (name, version)
