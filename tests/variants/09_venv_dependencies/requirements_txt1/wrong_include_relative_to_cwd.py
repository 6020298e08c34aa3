"""Reading requirements.txt, and the files it includes.

A requirements file holds one requirement per line. Blank lines and
comments are not requirements: a comment is a line starting with "#", or a
"#" after whitespace at the end of a line (a "#" inside a URL is not one).
Lines starting with "-" are pip options: skip them, except `-r FILE` (or
`--requirement FILE`), which includes another requirements file: its
requirements come in that line's place. FILE is relative to the folder of
the file that names it, so requirements/dev.txt can say `-r base.txt`.
Make `read_requirements` return the requirements in order, stripped.
"""
import re
from pathlib import Path


def read_requirements(path):
    path = Path(path)
    requirements = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"(^|\s)#.*", "", line).strip()
        if not line:
            continue
        if line.startswith("-"):
            option, *value = line.split(maxsplit=1)
            if option in ("-r", "--requirement") and value:
                requirements.extend(read_requirements(Path(value[0])))
            continue
        requirements.append(line)
    return requirements


