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
                requirements.extend(read_requirements(path.parent / value[0]))
            continue
        requirements.append(line)
    return requirements


# --- tests: read them, don't change them ---

BASE = """\
# what production needs
requests>=2.31,<3   # HTTP client
Flask==3.0.3

    pydantic>=2.6
tomli>=2.0; python_version < "3.11"
"""

DEV = """\
--index-url https://pypi.org/simple
-r base.txt
pytest>=8   # tests
--requirement lint/tools.txt
-e .
"""

TOOLS = """\
ruff==0.6.9
-r ../typing.txt
"""

TYPING = "mypy>=1.11\n"


def write(folder, name, text):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_only_the_requirements(tmp_path):
    path = write(tmp_path, "base.txt", BASE)
    assert read_requirements(path) == [
        "requests>=2.31,<3",
        "Flask==3.0.3",
        "pydantic>=2.6",
        'tomli>=2.0; python_version < "3.11"',
    ]


def test_a_hash_without_space_before_it_is_not_a_comment(tmp_path):
    line = "shoplib @ https://example.com/shoplib-1.0.zip#sha256=ab12"
    path = write(tmp_path, "requirements.txt", f"{line}\n#{line}\n")
    assert read_requirements(path) == [line]


def test_a_file_with_nothing_to_install(tmp_path):
    path = write(tmp_path, "requirements.txt", "\n# nothing yet\n--pre\n")
    assert read_requirements(path) == []


def test_included_files_come_in_place_relative_to_their_includer(tmp_path):
    folder = tmp_path / "requirements"
    write(folder, "base.txt", BASE)
    write(folder, "lint/tools.txt", TOOLS)
    write(folder, "typing.txt", TYPING)
    dev = write(folder, "dev.txt", DEV)
    assert read_requirements(dev) == [
        "requests>=2.31,<3",
        "Flask==3.0.3",
        "pydantic>=2.6",
        'tomli>=2.0; python_version < "3.11"',
        "pytest>=8",
        "ruff==0.6.9",
        "mypy>=1.11",
    ]
