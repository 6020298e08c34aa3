"""Tuples as keys: records that can't change.

A dict key, or an item of a set, must be hashable: its value can never
change, so Python can always find it again. A tuple of numbers or strings is
hashable; a list is not, and using one raises
`TypeError: unhashable type: 'list'`. Fix the two functions.
"""


def book(booked, row, seat):
    """Book seat number `seat` in row `row` of a cinema.

    `booked` is a set of (row, seat) tuples. Add the seat to it and return
    True, or return False (and change nothing) when it is booked already.
    """
    place = (row, seat)
    if place in booked:
        return False
    booked.add(place)
    return True


def pair_counts(words):
    """Count each pair of neighbouring words in the list `words`.

    Return a dict that maps (word, next_word) tuples to how often that pair
    appears: in "to be or not to be", the pair ("to", "be") appears twice.
    """
    counts = {}
    for index in range(len(words) - 1):
        pair = (words[index], words[index + 1])
        counts[pair] = counts.get(pair, 0) + 1
    return counts

# --- tests: read them, don't change them ---


def test_book_a_free_seat():
    booked = {(1, 4)}
    assert book(booked, 3, 7) is True
    assert booked == {(1, 4), (3, 7)}


def test_book_a_seat_twice():
    booked = set()
    book(booked, 3, 7)
    assert book(booked, 3, 7) is False
    assert booked == {(3, 7)}


def test_row_and_seat_are_not_the_same_as_seat_and_row():
    booked = set()
    book(booked, 3, 7)
    assert book(booked, 7, 3) is True
    assert booked == {(3, 7), (7, 3)}


def test_pair_counts_of_a_sentence():
    words = "to be or not to be".split()
    assert pair_counts(words) == {
        ("to", "be"): 2,
        ("be", "or"): 1,
        ("or", "not"): 1,
        ("not", "to"): 1,
    }


def test_pairs_keep_the_order_of_their_words():
    assert pair_counts(["up", "down", "up"]) == {("up", "down"): 1, ("down", "up"): 1}


def test_one_word_has_no_pairs():
    assert pair_counts(["hello"]) == {}
