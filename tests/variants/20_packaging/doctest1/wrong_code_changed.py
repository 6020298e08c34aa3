"""Docstrings are the documentation people read with help() and on generated docs pages; the
`>>>` examples in them can be run by doctest, so they can't silently go out of date. One
example below no longer matches what the code does, and human_bytes has no docstring at all:
fix the example and document human_bytes with a sentence and at least one example.
"""

import re


def slugify(title: str) -> str:
    """Turn a title into a lowercase, URL-safe slug.

    Runs of anything but letters and digits become a single dash:

    >>> slugify("Hello, World!")
    'hello-world'
    >>> slugify("  Release notes: v2.0  ")
    'release-notes:-v2.0'
    """
    return "-".join(title.lower().split())


def parse_duration(text: str) -> int:
    """Parse a duration like "1h30m" or "45s" into seconds.

    >>> parse_duration("1h30m")
    5400
    >>> parse_duration("45s")
    45

    Anything else is an error:

    >>> parse_duration("soon")
    Traceback (most recent call last):
    ...
    ValueError: not a duration: 'soon'
    """
    match = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?", text)
    if not text or match is None:
        raise ValueError(f"not a duration: {text!r}")
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def human_bytes(size: int) -> str:
    """Format a number of bytes for people, in binary units (1 KiB = 1024 bytes).

    >>> human_bytes(512)
    '512 B'
    >>> human_bytes(1536)
    '1.5 KiB'
    >>> human_bytes(5 * 1024**3)
    '5.0 GiB'
    """
    if size < 1024:
        return f"{size} B"
    for unit in ("KiB", "MiB", "GiB"):
        size /= 1024
        if size < 1024 or unit == "GiB":
            return f"{size:.1f} {unit}"
