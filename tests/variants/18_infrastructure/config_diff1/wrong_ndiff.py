import difflib

VOLATILE = ("! Last configuration change", "! NVRAM config last updated", "ntp clock-period")


def config_diff(old, new, old_name, new_name):
    a = [l for l in old.splitlines() if not l.startswith(VOLATILE)]
    b = [l for l in new.splitlines() if not l.startswith(VOLATILE)]
    changes = [l for l in difflib.ndiff(a, b) if l[0] in "+-"]
    if not changes:
        return ""
    return f"--- {old_name}\n+++ {new_name}\n" + "\n".join(changes) + "\n"
