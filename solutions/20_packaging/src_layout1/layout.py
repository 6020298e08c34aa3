"""What ends up in a wheel? A project in the src layout keeps its importable code under
`src/`; a wheel ships only the packages from there, never the tests, the README or the
bytecode caches. Finish the three functions below and check them against `sample_project/`.
"""

import re
from pathlib import Path


def find_packages(src: Path) -> list[str]:
    """Dotted names of the packages under `src`, sorted: folders that hold an __init__.py."""
    names = []
    for folder in sorted(p for p in src.rglob("*") if p.is_dir()):
        if (folder / "__init__.py").is_file():
            names.append(".".join(folder.relative_to(src).parts))
    return names


def wheel_files(project: Path) -> list[str]:
    """The files a wheel of `project` holds, as sorted POSIX paths relative to `src/`.

    Every file inside a top-level package folder goes in, except `__pycache__` folders and
    `.pyc` files; a file lying directly in src/ belongs to no package and stays out. (Data
    files such as templates/hello.txt go in because sample_project declares them in
    [tool.setuptools.package-data]: setuptools leaves undeclared data files out.)
    """
    src = project / "src"
    files = []
    for path in src.rglob("*"):
        relative = path.relative_to(src)
        if not path.is_file() or len(relative.parts) < 2:
            continue
        if "__pycache__" in relative.parts or path.suffix == ".pyc":
            continue
        files.append(relative.as_posix())
    return sorted(files)


def wheel_filename(name: str, version: str) -> str:
    """The file name of a pure-Python wheel: `{name}-{version}-py3-none-any.whl`.

    The name is normalized first: lowercase, and every run of "-", "_" or "." becomes "_".
    """
    normalized = re.sub(r"[-_.]+", "_", name).lower()
    return f"{normalized}-{version}-py3-none-any.whl"
