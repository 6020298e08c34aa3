"""Why testing matters: a fixed bug gets a test, so it can never come back unnoticed."""

import pytest


def slugify(title):
    """Lowercase words of letters and digits from `title`, joined by dashes."""
    words = "".join(ch if ch.isalnum() else " " for ch in title.lower()).split()
    return "-".join(words)


@pytest.mark.parametrize(
    "title, slug",
    [
        pytest.param("Hello,  World", "hello-world", id="bug-14"),
        pytest.param("Ready? Go!", "ready-go", id="bug-21"),
        pytest.param("Top 10 tips", "top-10-tips", id="bug-30"),
        pytest.param("Café au lait", "café-au-lait", id="bug-33"),
    ],
)
def test_reported_titles(title, slug):
    assert slugify(title) == slug
