import difflib


def config_diff(old, new, old_name, new_name):
    def keep(text):
        return [l for l in text.splitlines(keepends=True) if not l.startswith(("!", "ntp"))]
    return "".join(difflib.unified_diff(keep(old), keep(new), fromfile=old_name, tofile=new_name))
