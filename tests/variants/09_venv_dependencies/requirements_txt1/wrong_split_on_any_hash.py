import re
from pathlib import Path


def read_requirements(path):
    requirements = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#"):
            continue
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            requirements.append(line)
    return requirements


def write_requirements(path, pins, header="pinned by pylings"):
    lines = [f"# {header}"]
    for name in sorted(pins, key=str.lower):
        lines.append(f"{name}=={pins[name]}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
