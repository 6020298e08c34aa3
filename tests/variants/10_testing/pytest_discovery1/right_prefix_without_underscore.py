"""pytest introduction: how pytest finds tests and how a test fails."""


def initials(full_name):
    """Return the capitalised initials of a name: "ada lovelace" -> "A.L."."""
    return "".join(word[0].upper() + "." for word in full_name.split())


def testinitials_of_a_two_word_name():
    expected = "A.L."
    assert initials("Ada Lovelace") == expected


def test_initials_are_uppercase():
    assert initials("grace hopper") == "G.H.", "initials must be capitals with dots"
