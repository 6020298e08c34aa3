import email
import subprocess
import sys
import zipfile
from pathlib import Path


def build(project_dir, out_dir):
    command = [sys.executable, "-m", "build", "--sdist", "--wheel", "--no-isolation",
               "--skip-dependency-check", "-o", str(out_dir), str(project_dir)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return sorted(Path(out_dir).glob("*"))


def wheel_files(wheel):
    with zipfile.ZipFile(wheel) as archive:
        return sorted(info.filename for info in archive.infolist())


def wheel_metadata(wheel):
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if name.endswith(".dist-info/METADATA"):
                return email.message_from_bytes(archive.read(name))
    raise ValueError(f"{wheel} has no METADATA")
