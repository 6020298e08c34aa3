"""Python packaging basics: building and inspecting the distributions of a project.

`python -m build` turns a project (its pyproject.toml and sources) into the two files you
publish: an sdist (`.tar.gz`, the source, that other tools can rebuild from) and a wheel
(`.whl`, a zip file that installers unpack as it is). Finish the functions, and try them on
the project in netcheck/. Build a COPY of a project: building leaves files in its folder.
"""
import subprocess
import sys
import zipfile
from email.message import Message
from email.parser import Parser
from pathlib import Path


def build(project_dir: Path, out_dir: Path) -> list[Path]:
    """Build the sdist AND the wheel of project_dir into out_dir; return their paths, sorted.

    --no-isolation builds with the setuptools already installed here instead of
    downloading one into a fresh environment, and --skip-dependency-check does not ask
    setuptools first which packages it needs to build (they are installed here).
    """
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--skip-dependency-check",
         "--sdist", "--outdir", str(out_dir), str(project_dir)],
        check=True, capture_output=True,
    )
    return sorted(out_dir.iterdir())


def wheel_files(wheel: Path) -> list[str]:
    """The names of the files in a wheel, sorted."""
    with zipfile.ZipFile(wheel) as archive:
        return sorted(archive.namelist())


def wheel_metadata(wheel: Path) -> Message:
    """The METADATA of a wheel: its name, version, dependencies, description...

    It lives in the wheel's `<name>-<version>.dist-info/` folder, in the email header format
    (`Name: netcheck`, one `Requires-Dist:` per dependency), with the description as the
    body.
    """
    with zipfile.ZipFile(wheel) as archive:
        name, version = wheel.name.split("-")[:2]
        text = archive.read(f"{name}-{version}.dist-info/METADATA").decode("utf-8")
    return Parser().parsestr(text)
