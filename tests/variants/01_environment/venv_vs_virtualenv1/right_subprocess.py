import subprocess
import sys
from pathlib import Path


def make_env(folder):
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    return Path(folder) / "pyvenv.cfg"
