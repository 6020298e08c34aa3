import re
from pathlib import Path


def find_packages(src: Path) -> list[str]:
    return sorted(
        ".".join(init.parent.relative_to(src).parts) for init in src.rglob("__init__.py")
    )


def wheel_files(project: Path) -> list[str]:
    # keeps the bytecode cache
    src = project / "src"
    return sorted(p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file())


def wheel_filename(name: str, version: str) -> str:
    return f"{re.sub(r'[-_.]+', '_', name).lower()}-{version}-py3-none-any.whl"
