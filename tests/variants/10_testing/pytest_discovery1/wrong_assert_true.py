"""pytest introduction: how pytest finds tests and how a test fails."""


def initials(full_name):
    """Return the capitalised initials of a name: "ada lovelace" -> "A.L."."""
    return "".join(word[0].upper() + "." for word in full_name.split())


def test_initials_of_a_two_word_name():
    assert initials("Ada Lovelace") == "A.L."


def test_initials_are_uppercase():
    initials("grace hopper") == "G.H."
    assert True
