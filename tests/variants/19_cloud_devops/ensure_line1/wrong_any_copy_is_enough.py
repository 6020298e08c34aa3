"""Configuration management concepts: an idempotent change to a file.

Configuration management tools (Ansible's lineinfile, Puppet's file_line) don't run commands,
they describe a desired state and change only what differs, so running them again and again
is safe. `ensure_line` makes `line` part of a config file, such as /etc/sysctl.conf where a
later setting overrides an earlier one:
- `pattern` (a regular expression) matches the lines of the same setting, whatever their
  value. The LAST line that matches is the one in force: it is replaced by `line`, in place,
  unless it already is `line`.
- Without a pattern, or when no line matches it, `line` is added at the end, unless the
  file already holds it.
It returns True when the file changed. When nothing needs to change, it returns False and
doesn't write the file at all (a new modification time tells other tools it changed).
"""
import re
from pathlib import Path


def ensure_line(path: Path, line: str, pattern: str | None = None) -> bool:
    lines = path.read_text(encoding="utf-8").splitlines()
    if line in lines:
        return False
    matches = [i for i, text in enumerate(lines) if pattern and re.search(pattern, text)]
    if matches:
        if lines[matches[-1]] == line:
            return False
        lines[matches[-1]] = line
    elif line in lines:
        return False
    else:
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return True
