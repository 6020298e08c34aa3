from pathlib import Path

TEMPLATE_DIR = Path.cwd() / "templates"


def template_names():
    return sorted(path.stem for path in TEMPLATE_DIR.glob("*.txt"))


def render(template, **values):
    text = (TEMPLATE_DIR / f"{template}.txt").read_text(encoding="utf-8")
    return text.format(**values)
