import re


def ensure_line(path, line, pattern=None):
    lines = path.read_text(encoding="utf-8").splitlines()
    before = list(lines)
    matches = [i for i, text in enumerate(lines) if pattern and re.search(pattern, text)]
    if matches:
        lines[matches[-1]] = line
    elif line not in lines:
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines != before
