"""Project documentation: release notes from a changelog.

Many projects keep a CHANGELOG.md in the "Keep a Changelog" format: a "## [Unreleased]"
section collects the changes as they are made, and each release has a section
"## [1.4.0] - 2024-03-01" with "### Added", "### Fixed"... parts. A release script
- copies one release's notes into the release page: `release_notes` returns the text under
  that release's heading, up to the next release's heading, stripped; it raises ValueError
  when the changelog has no such release;
- cuts a release: `cut_release` renames the Unreleased section to the new version and date,
  and puts a new, empty "## [Unreleased]" section above it.
"""
from datetime import date


def release_notes(changelog: str, version: str) -> str:
    lines = changelog.splitlines()
    heading = f"## [{version}]"
    for number, line in enumerate(lines):
        if line == heading or line.startswith(heading + " "):
            start = number + 1
            break
    else:
        raise ValueError(f"no release {version} in the changelog")
    end = start
    while end < len(lines) and not lines[end].startswith("## "):
        end += 1
    return "\n".join(lines[start:end]).strip()


def cut_release(changelog: str, version: str, day: date) -> str:
    return changelog.replace(
        "## [Unreleased]\n", f"## [Unreleased]\n\n## [{version}] - {day.isoformat()}\n", 1
    )


# --- tests: read them, don't change them ---
import pytest

CHANGELOG = """# Changelog

All notable changes to netcheck are documented in this file.

## [Unreleased]
### Added
- `--json` prints the results as JSON.

## [1.4.0] - 2024-03-01
### Added
- IPv6 targets such as [2001:db8::1]:443.
### Fixed
- A crash on an empty targets file.

## [1.4.0-rc.1] - 2024-02-20
### Added
- IPv6 targets (preview).

## [1.3.2] - 2024-01-15
### Fixed
- `--timeout` was ignored.
"""


def test_notes_of_a_release_with_several_parts():
    assert release_notes(CHANGELOG, "1.4.0") == (
        "### Added\n- IPv6 targets such as [2001:db8::1]:443.\n"
        "### Fixed\n- A crash on an empty targets file."
    )


def test_notes_of_the_last_release_in_the_file():
    assert release_notes(CHANGELOG, "1.3.2") == "### Fixed\n- `--timeout` was ignored."


def test_notes_of_a_pre_release():
    assert release_notes(CHANGELOG, "1.4.0-rc.1") == "### Added\n- IPv6 targets (preview)."


@pytest.mark.parametrize("version", ["1.5.0", "1.3", "1.4"])
def test_a_release_that_is_not_there(version):
    with pytest.raises(ValueError):
        release_notes(CHANGELOG, version)


def test_cut_release():
    new = cut_release(CHANGELOG, "1.5.0", date(2024, 4, 2))
    headings = [line for line in new.splitlines() if line.startswith("## ")]
    assert headings == ["## [Unreleased]", "## [1.5.0] - 2024-04-02", "## [1.4.0] - 2024-03-01",
                        "## [1.4.0-rc.1] - 2024-02-20", "## [1.3.2] - 2024-01-15"]
    assert release_notes(new, "1.5.0") == "### Added\n- `--json` prints the results as JSON."
    assert release_notes(new, "Unreleased") == "", "the new Unreleased section isn't empty"


def test_cut_release_changes_nothing_else():
    new = cut_release(CHANGELOG, "2.0.0", date(2025, 1, 31))
    lines = [line for line in new.splitlines() if line and line != "## [2.0.0] - 2025-01-31"]
    unchanged = lines == [line for line in CHANGELOG.splitlines() if line]
    assert unchanged, "cut_release changed more than the headings"
