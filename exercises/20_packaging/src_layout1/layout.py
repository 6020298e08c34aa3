"""What ends up in a wheel? A project in the src layout keeps its importable code under
`src/`; a wheel ships only the packages from there, never the tests, the README or the
bytecode caches. Finish the three functions below and check them against `sample_project/`.
"""

from pathlib import Path


def find_packages(src: Path) -> list[str]:
    """Dotted names of the packages under `src`, sorted: folders that hold an __init__.py."""
    names = []
    for folder in sorted(p for p in src.rglob("*") if p.is_dir()):
        # TODO: a folder is a package only if it holds an __init__.py
        #       (__pycache__ and data folders like templates/ are not packages)
        names.append(".".join(folder.relative_to(src).parts))
    return names


def wheel_files(project: Path) -> list[str]:
    """The files a wheel of `project` holds, as sorted POSIX paths relative to `src/`.

    Every file inside a top-level package folder goes in, except `__pycache__` folders and
    `.pyc` files; a file lying directly in src/ belongs to no package and stays out. (Data
    files such as templates/hello.txt go in because sample_project declares them in
    [tool.setuptools.package-data]: setuptools leaves undeclared data files out.)
    """
    files = []
    # TODO: look only inside project / "src", and leave out __pycache__ and .pyc files
    for path in project.rglob("*"):
        if path.is_file():
            files.append(path.relative_to(project).as_posix())
    return sorted(files)


def wheel_filename(name: str, version: str) -> str:
    """The file name of a pure-Python wheel: `{name}-{version}-py3-none-any.whl`.

    The name is normalized first: lowercase, and every run of "-", "_" or "." becomes "_".
    """
    # TODO: normalize the name
    return f"{name}-{version}-py3-none-any.whl"
