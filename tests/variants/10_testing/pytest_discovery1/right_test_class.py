"""pytest introduction: how pytest finds tests and how a test fails."""


def initials(full_name):
    """Return the capitalised initials of a name: "ada lovelace" -> "A.L."."""
    return "".join(word[0].upper() + "." for word in full_name.split())


class TestInitials:
    def test_two_word_name(self):
        assert initials("Ada Lovelace") == "A.L."

    def test_lowercase_name_gives_uppercase_initials(self):
        result = initials("grace hopper")
        assert result == "G.H."
