import os

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE_DIR = os.path.join(HERE, "templates")


def template_names():
    names = []
    for filename in os.listdir(TEMPLATE_DIR):
        base, ext = os.path.splitext(filename)
        if ext == ".txt":
            names.append(base)
    return sorted(names)


def render(template, **values):
    with open(os.path.join(TEMPLATE_DIR, template + ".txt"), encoding="utf-8") as f:
        return f.read().format(**values)
