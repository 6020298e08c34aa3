"""A command line built as one string goes through a shell, and the shell reads `;`, `$( )`,
`>` and spaces in the user's text as commands and separators: shell injection. Give subprocess
a list of arguments instead (no shell=True), and put "--" before file names so a name that
starts with "-" can't pass as an option.
"""

import json
import subprocess
import sys

# Stands in for any command-line tool (tar, rsync, git ...): it prints, as JSON,
# the list of arguments it received.
TOOL = [sys.executable, "-c", "import json, sys; print(json.dumps(sys.argv[1:]))"]


def run_tool(*args: str, cwd=None) -> list[str]:
    """Run TOOL with args and return the arguments the tool received."""
    result = subprocess.run(
        [*TOOL, *args], cwd=cwd, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def archive_command(archive: str, files: list[str]) -> list[str]:
    """The argument list for `tar -czf ARCHIVE -- FILE...`, one list item per argument."""
    return ["tar", "-czf", archive, *files]


