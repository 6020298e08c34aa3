"""Configuration backup scripts: what changed between two backups?

`config_diff` returns a unified diff (the format of `diff -u` and `git diff`) between two
saved configurations, with the two file names in its header, or "" when nothing changed.
Cisco configurations carry lines that change on every save ("! Last configuration change
at ...", "ntp clock-period ..."); leave those out so they don't count as changes.
"""
import difflib

VOLATILE = ("! Last configuration change", "! NVRAM config last updated", "ntp clock-period")


def significant_lines(config: str) -> list[str]:
    return [
        line for line in config.splitlines(keepends=True)
        if not line.startswith(VOLATILE)
    ]


def config_diff(old: str, new: str, old_name: str, new_name: str) -> str:
    diff = difflib.unified_diff(
        significant_lines(old), significant_lines(new), fromfile=old_name, tofile=new_name
    )
    return "".join(diff)


# --- tests: read them, don't change them ---

OLD = """\
! Last configuration change at 10:15:02 UTC Fri Mar 1 2024 by netops
! NVRAM config last updated at 10:15:09 UTC Fri Mar 1 2024 by netops
hostname sw-core-01
ntp clock-period 36028797018963968
ntp server 192.0.2.123
interface Vlan10
 ip address 10.10.0.1 255.255.255.0
interface Vlan20
 ip address 10.20.0.1 255.255.255.0
end
"""

NEW_ONLY_TIMESTAMPS = """\
! Last configuration change at 08:01:44 UTC Sat Mar 2 2024 by netops
! NVRAM config last updated at 08:01:50 UTC Sat Mar 2 2024 by netops
hostname sw-core-01
ntp clock-period 36028797018963970
ntp server 192.0.2.123
interface Vlan10
 ip address 10.10.0.1 255.255.255.0
interface Vlan20
 ip address 10.20.0.1 255.255.255.0
end
"""

NEW_CHANGED = NEW_ONLY_TIMESTAMPS.replace(
    " ip address 10.20.0.1 255.255.255.0", " ip address 10.20.0.1 255.255.254.0"
).replace("ntp server 192.0.2.123", "ntp server 192.0.2.124")


def test_identical_configs_have_no_diff():
    assert config_diff(OLD, OLD, "a.cfg", "b.cfg") == ""


def test_timestamps_alone_are_not_a_change():
    assert config_diff(OLD, NEW_ONLY_TIMESTAMPS, "a.cfg", "b.cfg") == ""


def test_diff_header_names_both_files():
    lines = config_diff(OLD, NEW_CHANGED, "sw_20240301.cfg", "sw_20240302.cfg").splitlines()
    assert lines[0].startswith("--- sw_20240301.cfg")
    assert lines[1].startswith("+++ sw_20240302.cfg")


def test_diff_shows_the_changed_line():
    lines = config_diff(OLD, NEW_CHANGED, "a.cfg", "b.cfg").splitlines()
    removed = [line for line in lines if line.startswith("-") and not line.startswith("---")]
    added = [line for line in lines if line.startswith("+") and not line.startswith("+++")]
    assert removed == ["-ntp server 192.0.2.123", "- ip address 10.20.0.1 255.255.255.0"]
    assert added == ["+ntp server 192.0.2.124", "+ ip address 10.20.0.1 255.255.254.0"]
