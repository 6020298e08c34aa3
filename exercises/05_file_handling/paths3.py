"""Read paths: say what each pathlib expression gives, before you run it.

`BACKUP` is the path of a nightly database dump. For each expression below, write what it gives
in the variable beside it, as a literal: a str in quotes, or an int. Work it out from the
pathlib docs (https://docs.python.org/3/library/pathlib.html), not from the interpreter:
reading paths correctly is the skill. The checks compute the real values and tell you which
answers are wrong, not what they should be.

PurePosixPath is a path with "/" separators that never touches the disk, so the answers are the
same on every system. The same expressions are asked again below the tests line, where the
checks run them.
"""
from pathlib import PurePosixPath

BACKUP = PurePosixPath("/srv/backups/2024/db01.sql.gz")

# TODO: replace each ... with what the expression in its comment gives
NAME = ...  # BACKUP.name
SUFFIX = ...  # BACKUP.suffix
STEM = ...  # BACKUP.stem
FOLDER = ...  # BACKUP.parent.name
SWAPPED = ...  # str(BACKUP.with_suffix(".bz2"))
INSIDE = ...  # str(BACKUP.relative_to("/srv/backups"))
PARTS = ...  # len(BACKUP.parts)
JOINED = ...  # str(PurePosixPath("/srv/backups") / "/etc/passwd")

# --- tests: read them, don't change them ---
import sys

import pytest
from coursekit import assert_literal

_BACKUP = PurePosixPath("/srv/backups/2024/db01.sql.gz")

QUESTIONS = {
    "NAME": ("BACKUP.name", lambda: _BACKUP.name),
    "SUFFIX": ("BACKUP.suffix", lambda: _BACKUP.suffix),
    "STEM": ("BACKUP.stem", lambda: _BACKUP.stem),
    "FOLDER": ("BACKUP.parent.name", lambda: _BACKUP.parent.name),
    "SWAPPED": ('str(BACKUP.with_suffix(".bz2"))', lambda: str(_BACKUP.with_suffix(".bz2"))),
    "INSIDE": ('str(BACKUP.relative_to("/srv/backups"))',
               lambda: str(_BACKUP.relative_to("/srv/backups"))),
    "PARTS": ("len(BACKUP.parts)", lambda: len(_BACKUP.parts)),
    "JOINED": ('str(PurePosixPath("/srv/backups") / "/etc/passwd")',
               lambda: str(PurePosixPath("/srv/backups") / "/etc/passwd")),
}


@pytest.mark.parametrize("name", list(QUESTIONS))
def test_answer(name):
    module = sys.modules[__name__]
    assert_literal(module, name)
    answer = getattr(module, name)
    expression, compute = QUESTIONS[name]
    if answer is Ellipsis:
        pytest.fail(f"{name}: write what {expression} gives in place of ...", pytrace=False)
    if answer != compute():
        pytest.fail(f"{name}: {answer!r} is not what {expression} gives; look it up in the "
                    "pathlib docs again", pytrace=False)
