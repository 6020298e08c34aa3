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
        if line.startswith(f"## [{version}"):
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
