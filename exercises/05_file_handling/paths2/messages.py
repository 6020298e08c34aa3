"""Find data files shipped beside the code, wherever the program is started from.

`templates/` (beside this file) holds message templates. `template_names()` returns the names of
the `.txt` templates without their extension, sorted; `render(template, **values)` reads
`templates/<template>.txt` and fills it in with str.format. Programs are not always started from
this folder, so a path relative to the current working directory won't find the files.
"""
from pathlib import Path

# TODO: a relative path is looked up from the current working directory, not from this
# file; build the folder's path from where this file is, `__file__`
TEMPLATE_DIR = Path("templates")


def template_names():
    return sorted(path.stem for path in TEMPLATE_DIR.glob("*.txt"))


def render(template, **values):
    text = (TEMPLATE_DIR / f"{template}.txt").read_text(encoding="utf-8")
    return text.format(**values)
