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
    ]


def config_diff(old: str, new: str, old_name: str, new_name: str) -> str:
    diff = difflib.unified_diff(
        significant_lines(old), significant_lines(new), fromfile=old_name, tofile=new_name
    )
    return "".join(diff)
