import json
import shlex
import subprocess
import sys

TOOL = [sys.executable, "-c", "import json, sys; print(json.dumps(sys.argv[1:]))"]


def run_tool(*args, cwd=None):
    # quotes the arguments but still goes through the shell
    command = " ".join(shlex.quote(part) for part in TOOL + list(args))
    result = subprocess.run(command, shell=True, cwd=cwd, capture_output=True, text=True)
    return json.loads(result.stdout)


def archive_command(archive, files):
    return ["tar", "-czf", archive, *files]
