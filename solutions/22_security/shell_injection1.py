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
    return ["tar", "-czf", archive, "--", *files]


# --- tests: read them, don't change them ---


def test_run_tool_passes_plain_arguments():
    assert run_tool("status", "--short") == ["status", "--short"]


def test_run_tool_keeps_a_name_with_spaces_together():
    assert run_tool("my report.txt") == ["my report.txt"]


def test_run_tool_does_not_run_injected_commands(tmp_path):
    payload = "x; echo owned > pwned.txt"
    assert run_tool(payload, cwd=tmp_path) == [payload]
    assert not (tmp_path / "pwned.txt").exists()


def test_run_tool_passes_shell_syntax_through_as_text(tmp_path):
    assert run_tool("$(whoami)", "`id`", "a|b", cwd=tmp_path) == ["$(whoami)", "`id`", "a|b"]


def test_archive_command_keeps_each_file_name_whole():
    assert archive_command("logs.tgz", ["app.log", "old logs/web.log"]) == [
        "tar", "-czf", "logs.tgz", "--", "app.log", "old logs/web.log"
    ]


def test_archive_command_puts_dash_names_after_the_separator():
    command = archive_command("out.tgz", ["--checkpoint-action=exec=sh", "-v"])
    assert command[:4] == ["tar", "-czf", "out.tgz", "--"]
    assert command[4:] == ["--checkpoint-action=exec=sh", "-v"]


def test_no_shell_is_involved(monkeypatch, tmp_path):
    calls = []

    class SpyPopen(subprocess.Popen):
        def __init__(self, args, *more, **kwargs):
            calls.append((args, kwargs.get("shell", False)))
            super().__init__(args, *more, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", SpyPopen)
    run_tool("plain", cwd=tmp_path)
    assert calls, "run_tool must start TOOL with the subprocess module"
    for args, shell in calls:
        assert not shell, "shell=True hands your command line to a shell: drop it"
        assert not isinstance(args, (str, bytes)), "give subprocess a list of arguments"
