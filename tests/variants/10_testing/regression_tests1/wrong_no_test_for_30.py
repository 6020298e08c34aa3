"""Why testing matters: a fixed bug gets a test, so it can never come back unnoticed."""


def slugify(title):
    """Lowercase words of letters and digits from `title`, joined by dashes."""
    words = "".join(ch if ch.isalnum() else " " for ch in title.lower()).split()
    return "-".join(words)


def test_bug_14_a_run_of_separators_gives_one_dash():
    assert slugify("Hello,  World") == "hello-world"


def test_bug_21_no_dash_at_the_ends():
    assert slugify("Ready? Go!") == "ready-go"


def test_bug_33_letters_with_accents_are_kept():
    assert slugify("Café au lait") == "café-au-lait"
