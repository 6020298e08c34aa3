import json
import subprocess
import sys

TOOL = [sys.executable, "-c", "import json, sys; print(json.dumps(sys.argv[1:]))"]


def run_tool(*args, cwd=None):
    argv = list(TOOL)
    argv.extend(args)
    output = subprocess.check_output(argv, cwd=cwd, text=True)
    return json.loads(output)


def archive_command(archive, files):
    command = ["tar", "-czf", archive, "--"]
    for name in files:
        command.append(name)
    return command
