"""Reading and writing requirements.txt.

A requirements file holds one requirement per line. Blank lines, comments
(a whole line starting with "#", or a "#" after whitespace at the end of a
line) and pip options (lines starting with "-", like `-r base.txt`) are
not requirements. Make `read_requirements` return just the requirements,
and `write_requirements` write a header comment and then one
"name==version" line per package, sorted by name ignoring case.
"""
from pathlib import Path


def read_requirements(path):
    requirements = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        # TODO: drop comments, surrounding spaces, blank lines and option lines.
        requirements.append(line)
    return requirements


def write_requirements(path, pins, header="pinned by pylings"):
    lines = [f"# {header}"]
    for name, version in pins.items():
        # TODO: sort by name (ignoring case) and use the "==" operator.
        lines.append(f"{name}={version}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- tests: read them, don't change them ---

SAMPLE = """\
# production dependencies
requests>=2.31,<3   # HTTP client
Flask==3.0.3

-r base.txt
--index-url https://pypi.org/simple
typer[all]>=0.12
    pydantic>=2.6
tomli>=2.0; python_version < "3.11"
"""


def test_reads_only_the_requirements(tmp_path):
    path = tmp_path / "requirements.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    assert read_requirements(path) == [
        "requests>=2.31,<3",
        "Flask==3.0.3",
        "typer[all]>=0.12",
        "pydantic>=2.6",
        'tomli>=2.0; python_version < "3.11"',
    ]


def test_a_hash_without_space_before_it_is_not_a_comment(tmp_path):
    path = tmp_path / "requirements.txt"
    line = "shoplib @ https://example.com/shoplib-1.0.zip#sha256=ab12"
    path.write_text(line + "\n", encoding="utf-8")
    assert read_requirements(path) == [line]


def test_an_empty_file_has_no_requirements(tmp_path):
    path = tmp_path / "requirements.txt"
    path.write_text("\n# nothing yet\n", encoding="utf-8")
    assert read_requirements(path) == []


def test_write_pins_sorted_by_name(tmp_path):
    path = tmp_path / "requirements.txt"
    write_requirements(path, {"requests": "2.32.3", "Flask": "3.0.3", "click": "8.1.7"})
    text = path.read_text(encoding="utf-8")
    assert text.splitlines() == [
        "# pinned by pylings",
        "click==8.1.7",
        "Flask==3.0.3",
        "requests==2.32.3",
    ]
    assert text.endswith("\n")


def test_written_file_reads_back(tmp_path):
    path = tmp_path / "requirements.txt"
    write_requirements(path, {"pytest": "8.3.3", "Jinja2": "3.1.4"}, header="dev tools")
    assert read_requirements(path) == ["Jinja2==3.1.4", "pytest==8.3.3"]
