import re


def ensure_line(path, line, pattern=None):
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    wanted = list(lines)
    regex = re.compile(pattern) if pattern else None
    for index in reversed(range(len(lines))):
        if regex and regex.search(lines[index]):
            wanted[index] = line
            break
    else:
        if line not in wanted:
            wanted.append(line)
    if wanted == lines:
        return False
    with open(path, "w", encoding="utf-8") as file:
        file.writelines(item + "\n" for item in wanted)
    return True
