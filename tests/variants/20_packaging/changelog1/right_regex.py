import re
from datetime import date


def release_notes(changelog, version):
    sections = re.split(r"^## ", changelog, flags=re.MULTILINE)
    for section in sections[1:]:
        heading, _, body = section.partition("\n")
        if re.fullmatch(rf"\[{re.escape(version)}\]( - .*)?", heading.strip()):
            return body.strip()
    raise ValueError(version)


def cut_release(changelog, version, day):
    head, marker, rest = changelog.partition("## [Unreleased]\n")
    if not marker:
        raise ValueError("no Unreleased section")
    return f"{head}{marker}\n## [{version}] - {day:%Y-%m-%d}\n{rest}"
