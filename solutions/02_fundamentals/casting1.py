"""
input() and files give you text, even when the text looks like a number: "12"
+ "30" is "1230", and "Total: " + 42 is an error. Type casting converts a value
to another type: int("12") is 12, float("2.5") is 2.5, str(42) is "42".

From here on, code often sits in functions. `def total_apples(first_count,
second_count):` starts a function named total_apples that takes two values,
its parameters. The indented lines below it are its body, and `return` hands
a value back to the code that called the function. The tests call it:
total_apples("12", "30") runs the body with first_count = "12" and
second_count = "30", and checks the value that comes back. You will write
functions of your own in chapter 04; until then, change the lines marked TODO.

Two shop assistants typed their apple counts into a form. Make total_apples()
add them up as numbers, and label() build the text for the shop's sign.
"""


def total_apples(first_count, second_count):
    """Return the sum of two counts given as text: "12" and "30" give 42."""
    return int(first_count) + int(second_count)


def label(total):
    """Return the sign's text for a total (an int): 42 gives "Apples: 42"."""
    return "Apples: " + str(total)


# --- tests: read them, don't change them ---


def test_adds_counts_as_numbers():
    assert total_apples("12", "30") == 42
    assert total_apples("0", "7") == 7
    assert total_apples("100", "1") == 101


def test_total_is_a_whole_number():
    assert type(total_apples("2", "3")) is int


def test_label_shows_the_total():
    assert label(42) == "Apples: 42"
    assert label(0) == "Apples: 0"


def test_label_of_a_sum():
    assert label(total_apples("5", "8")) == "Apples: 13"
