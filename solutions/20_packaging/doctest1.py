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
    'release-notes-v2-0'
    """
    return "-".join(re.findall(r"[a-z0-9]+", title.lower()))


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


# --- tests: read them, don't change them ---
import doctest
import sys

PUBLIC = [slugify, parse_duration, human_bytes]


def run_doctests(obj):
    runner = doctest.DocTestRunner()
    for test in doctest.DocTestFinder().find(obj, globs={**globals()}):
        runner.run(test)
    return runner.summarize(verbose=False)


def test_every_public_function_has_a_docstring():
    assert [f.__name__ for f in PUBLIC if not (f.__doc__ or "").strip()] == []


def test_every_docstring_shows_an_example():
    assert [f.__name__ for f in PUBLIC if ">>>" not in (f.__doc__ or "")] == []


def test_every_docstring_starts_with_a_sentence():
    starts = [f.__name__ for f in PUBLIC if (f.__doc__ or "").strip().startswith(">>>")]
    assert starts == [], "a docstring starts with a summary sentence, then the examples"


def test_slugify_keeps_both_examples_and_its_behaviour():
    examples = doctest.DocTestParser().get_examples(slugify.__doc__ or "")
    assert len(examples) >= 2, "fix the example; don't delete it"
    assert slugify("  Release notes: v2.0  ") == "release-notes-v2-0", (
        "slugify's code was right: fix its example, not the code")


def test_all_examples_match_what_the_code_does():
    results = doctest.testmod(sys.modules[__name__])
    assert results.failed == 0
    assert results.attempted >= 6


def test_human_bytes_examples_pass():
    results = run_doctests(human_bytes)
    assert results.attempted >= 1
    assert results.failed == 0
