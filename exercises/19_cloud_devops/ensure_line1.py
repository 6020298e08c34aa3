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
    # TODO: with a pattern, the last matching line is the setting in force: replace it
    #       (unless it already is `line`).
    # TODO: a file that already holds the line needs no change at all.
    lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return True


# --- tests: read them, don't change them ---
import os

import pytest

SYSCTL = """\
# Kernel settings
net.ipv4.ip_forward = 0
# net.ipv4.tcp_syncookies = 0
net.ipv4.tcp_syncookies = 1
vm.swappiness = 60
net.ipv4.tcp_syncookies=0
"""
LONG_AGO = 1_600_000_000  # September 2020


@pytest.fixture
def sysctl(tmp_path):
    path = tmp_path / "sysctl.conf"
    path.write_text(SYSCTL, encoding="utf-8")
    os.utime(path, (LONG_AGO, LONG_AGO))
    return path


def test_a_missing_line_is_added(sysctl):
    assert ensure_line(sysctl, "kernel.panic = 10") is True
    assert sysctl.read_text() == SYSCTL + "kernel.panic = 10\n"


def test_a_line_that_is_there_changes_nothing(sysctl):
    changed = ensure_line(sysctl, "vm.swappiness = 60")
    assert changed is False, "the file already holds the line: nothing should change"
    assert sysctl.read_text() == SYSCTL


def test_an_unchanged_file_is_not_written(sysctl):
    ensure_line(sysctl, "vm.swappiness = 60")
    assert sysctl.stat().st_mtime == LONG_AGO, "the file was written although nothing changed"


def test_running_twice_changes_nothing_the_second_time(sysctl):
    assert ensure_line(sysctl, "kernel.panic = 10") is True
    after_first = sysctl.read_text()
    os.utime(sysctl, (LONG_AGO, LONG_AGO))
    again = ensure_line(sysctl, "kernel.panic = 10")
    assert again is False, "the second run reported a change"
    assert sysctl.read_text() == after_first
    assert sysctl.stat().st_mtime == LONG_AGO


def test_a_pattern_replaces_the_setting_in_place(sysctl):
    changed = ensure_line(sysctl, "net.ipv4.ip_forward = 1", r"^net\.ipv4\.ip_forward\s*=")
    assert changed is True
    assert sysctl.read_text() == SYSCTL.replace(
        "net.ipv4.ip_forward = 0", "net.ipv4.ip_forward = 1")


def test_a_pattern_replaces_the_last_match(sysctl):
    ensure_line(sysctl, "net.ipv4.tcp_syncookies = 1", r"^net\.ipv4\.tcp_syncookies\s*=")
    lines = sysctl.read_text().splitlines()
    assert lines == [
        "# Kernel settings",
        "net.ipv4.ip_forward = 0",
        "# net.ipv4.tcp_syncookies = 0",
        "net.ipv4.tcp_syncookies = 1",
        "vm.swappiness = 60",
        "net.ipv4.tcp_syncookies = 1",
    ]


def test_a_pattern_without_a_match_adds_the_line(sysctl):
    assert ensure_line(sysctl, "kernel.panic = 10", r"^kernel\.panic\s*=") is True
    assert sysctl.read_text() == SYSCTL + "kernel.panic = 10\n"


def test_a_pattern_and_a_line_that_is_there(sysctl):
    changed = ensure_line(sysctl, "vm.swappiness = 60", r"^vm\.swappiness\s*=")
    assert changed is False, "the setting in force already is the line: nothing should change"
    assert sysctl.stat().st_mtime == LONG_AGO
