import subprocess
import sys
from pathlib import Path

PREDICTION = subprocess.run([sys.executable, "app.py"], capture_output=True, text=True, cwd=Path(__file__).parent).stdout
