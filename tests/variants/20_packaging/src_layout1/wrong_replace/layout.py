from pathlib import Path


def find_packages(src: Path) -> list[str]:
    return sorted(
        ".".join(init.parent.relative_to(src).parts) for init in src.rglob("__init__.py")
    )


def wheel_files(project: Path) -> list[str]:
    src = project / "src"
    return sorted(
        p.relative_to(src).as_posix()
        for p in src.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


def wheel_filename(name: str, version: str) -> str:
    return f"{name.lower().replace('-', '_')}-{version}-py3-none-any.whl"
