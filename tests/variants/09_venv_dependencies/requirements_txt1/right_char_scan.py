from pathlib import Path


def strip_comment(line):
    for index, char in enumerate(line):
        if char == "#" and (index == 0 or line[index - 1] in " \t"):
            return line[:index]
    return line


def read_requirements(path):
    result = []
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            text = strip_comment(raw).strip()
            if not text or text.startswith("-"):
                continue
            result.append(text)
    return result


def write_requirements(path, pins, header="pinned by pylings"):
    ordered = sorted(pins.items(), key=lambda pair: pair[0].casefold())
    body = "".join(f"{name}=={version}\n" for name, version in ordered)
    Path(path).write_text(f"# {header}\n" + body, encoding="utf-8")
