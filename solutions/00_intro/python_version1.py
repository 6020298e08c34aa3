"""
Python 3 is the language you are learning. A new version comes out every
October (3.11, 3.12, 3.13, ...) and each one gets fixes for five years.
A program can ask which version runs it: `import sys` gives the program the
standard library's sys module, and `sys.version_info` holds the parts of the
version number. On Python 3.12.1, sys.version_info.major is 3,
sys.version_info.minor is 12 and sys.version_info.micro is 1.

Fill in the two values below from sys.version_info, so that they are right
on every Python: the tests run your lines as if on Python 3.10, 3.12, 4.0, ...

This is your first TEST exercise: pylings runs the tests at the bottom of
this file (the functions named test_...) and shows each one that fails,
like this:

    ✗ test_major_is_read_from_sys_version_info — on Python 3.12.1, major must be 3

    ── test_major_is_read_from_sys_version_info ──
    python_version1.py:66: in test_major_is_read_from_sys_version_info
        assert major == expected, f"on Python {version}, major must be {expected}"
    E   AssertionError: on Python 3.12.1, major must be 3
    E   assert 0 == 3

- `test_major_is_read_from_sys_version_info` is the name of the test that
  failed. The name says what it checks.
- `python_version1.py:66` is the line of this file where the test failed,
  and the line below it is that line of the test: an `assert`, a check that
  must be true. The text after its comma is the message shown when it isn't.
- After `AssertionError:` comes that message: here, what was wrong.
- `assert 0 == 3` shows the values that were compared: on the left the
  value your code gave (0), on the right the value the test expected (3).
"""

import sys

# The major version number (the 3 of 3.12.1), read from sys.version_info
major = sys.version_info.major

# True on Python 3.11 or newer, False on older versions. Compare
# sys.version_info with the tuple (3, 11): the parts are compared left to right.
at_least_3_11 = sys.version_info >= (3, 11)

# --- tests: read them, don't change them ---

import sys
from collections import namedtuple

VersionInfo = namedtuple("VersionInfo", "major minor micro releaselevel serial")


def run_on(version, monkeypatch):
    """Run your lines again as if on another Python version; give back their values."""
    from coursekit import learner_source

    fake = VersionInfo(*map(int, version.split(".")), "final", 0)
    values = {}
    with monkeypatch.context() as patch:
        patch.setattr(sys, "version_info", fake)
        exec(learner_source(sys.modules[__name__]), values)
    return values


def test_major_is_read_from_sys_version_info(monkeypatch):
    for version, expected in [("3.12.1", 3), ("4.0.0", 4), ("2.7.18", 2)]:
        major = run_on(version, monkeypatch)["major"]
        assert major == expected, f"on Python {version}, major must be {expected}"


def test_new_versions_are_at_least_3_11(monkeypatch):
    for version in ["3.11.0", "3.11.9", "3.12.1", "3.13.0", "4.0.0"]:
        at_least_3_11 = run_on(version, monkeypatch)["at_least_3_11"]
        assert at_least_3_11 is True, f"on Python {version}, at_least_3_11 must be True"


def test_old_versions_are_not(monkeypatch):
    for version in ["3.10.13", "3.9.18", "2.7.18"]:
        at_least_3_11 = run_on(version, monkeypatch)["at_least_3_11"]
        assert at_least_3_11 is False, f"on Python {version}, at_least_3_11 must be False"
