"""Dictionaries: count things.

`count_words(text)` must return a dict mapping each word to how many times it
appears, ignoring case ("The" and "the" are the same word). Words are
separated by whitespace. `most_common(counts)` must return the word with the
highest count.
"""


def count_words(text):
    counts = {}
    for word in text.lower().split():
        # TODO: the first time a word is seen, it is not in `counts` yet.
        counts[word] += 1
    return counts


def most_common(counts):
    # TODO: looping over a dict (and max) looks at the KEYS; compare the counts.
    return max(counts)


# --- tests: read them, don't change them ---


def test_each_word_is_counted():
    assert count_words("to be or not to be") == {"to": 2, "be": 2, "or": 1, "not": 1}


def test_case_is_ignored():
    assert count_words("Error error ERROR ok") == {"error": 3, "ok": 1}


def test_a_single_word():
    assert count_words("hello") == {"hello": 1}


def test_empty_text_has_no_words():
    assert count_words("") == {}


def test_most_common_picks_the_highest_count():
    assert most_common({"apple": 2, "zebra": 1, "mango": 5}) == "mango"


def test_most_common_works_on_counted_words():
    assert most_common(count_words("b a b c b a")) == "b"
