"""
A loop often builds up a result: a variable starts at 0 BEFORE the loop, and
each pass of the loop adds to it. A for loop over a string visits one letter
at a time.

count_vowels() always gives 0 or 1, because its counter starts again on every
pass. Fix it so it counts every vowel (a, e, i, o, u) of a lowercase word.
"""


def count_vowels(word):
    """Return how many vowels the lowercase word contains: "banana" has 3."""
    count = 0
    for letter in word:
        if letter in "aeiou":
            count = count + 1
    return count


# --- tests: read them, don't change them ---


def test_counts_every_vowel():
    assert count_vowels("banana") == 3
    assert count_vowels("education") == 5


def test_counts_repeated_vowels():
    assert count_vowels("aaa") == 3


def test_word_without_vowels():
    assert count_vowels("rhythm") == 0


def test_empty_word():
    assert count_vowels("") == 0


def test_vowel_at_the_end():
    assert count_vowels("pizza") == 2
