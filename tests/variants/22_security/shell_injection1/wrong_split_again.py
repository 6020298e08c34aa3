import json
import shlex
import subprocess
import sys

TOOL = [sys.executable, "-c", "import json, sys; print(json.dumps(sys.argv[1:]))"]


def run_tool(*args, cwd=None):
    result = subprocess.run(TOOL + list(args), cwd=cwd, capture_output=True, text=True)
    return json.loads(result.stdout)


def archive_command(archive, files):
    return shlex.split(f"tar -czf {archive} -- {' '.join(files)}")
