"""Easier to ask forgiveness than permission (EAFP).

`to_int(text)` turns user input such as "42", " -7 " or "+3" into an int and returns None when
the text is not a whole number. Checking first ("look before you leap") with str.isdigit() gets
it wrong: it says no to "-7" and yes to "²", which int() rejects. Let int() decide and handle its
failure. Anything that is not a str at all is a bug in the caller and must still raise.
"""


def to_int(text):
    # TODO: isdigit() is the wrong check; call int() and catch the exception it raises
    if text.strip().isdigit():
        return int(text)
    return None


# --- tests: read them, don't change them ---
import pytest


def test_plain_number():
    assert to_int("42") == 42


def test_spaces_around_are_fine():
    assert to_int(" 8080 ") == 8080


def test_signed_numbers():
    assert to_int(" -7 ") == -7
    assert to_int("+3") == 3


def test_not_whole_numbers_give_none():
    for text in ["", "abc", "4.5", "12abc", "- 3"]:
        assert to_int(text) is None, text


def test_superscript_digit_gives_none():
    assert to_int("²") is None


def test_non_string_still_raises():
    # int(None) raises TypeError; None.strip() would raise AttributeError.
    with pytest.raises((TypeError, AttributeError)):
        to_int(None)
