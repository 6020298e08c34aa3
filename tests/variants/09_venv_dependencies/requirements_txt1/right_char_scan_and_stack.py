"""Reading requirements.txt, and the files it includes."""
from pathlib import Path


def strip_comment(line):
    for i, char in enumerate(line):
        if char == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i]
    return line


def read_requirements(path):
    path = Path(path)
    found = []
    with open(path, encoding="utf-8") as file:
        for raw in file:
            line = strip_comment(raw).strip()
            if line.startswith(("-r ", "--requirement ")):
                included = line.split(" ", 1)[1].strip()
                found += read_requirements(path.parent.joinpath(included))
            elif line and line[0] != "-":
                found.append(line)
    return found
