import difflib

VOLATILE = ("! Last configuration change", "! NVRAM config last updated", "ntp clock-period")


def config_diff(old, new, old_name, new_name):
    def keep(text):
        result = []
        for line in text.splitlines():
            if any(line.startswith(prefix) for prefix in VOLATILE):
                continue
            result.append(line)
        return result

    lines = list(difflib.unified_diff(keep(old), keep(new), old_name, new_name, lineterm=""))
    return "\n".join(lines) + "\n" if lines else ""
