"""*args: any number of positional arguments.

`total(*amounts)` must add up however many amounts it gets: `total(5, 10,
2.5)` is 17.5 and `total()` is 0. `log_line(level, *words)` must put the level
in brackets and then all the words, separated by spaces:
`log_line("INFO", "user", "ada", "logged", "in")` gives
"[INFO] user ada logged in".
"""


def total(*amounts):
    return sum(amounts)


def log_line(level, *words):
    return f"[{level}] {' '.join(words)}"


# --- tests: read them, don't change them ---


def test_total_of_three_amounts():
    assert total(5, 10, 2.5) == 17.5


def test_total_of_one_amount():
    assert total(42) == 42


def test_total_of_nothing_is_zero():
    assert total() == 0


def test_total_of_a_list_unpacked_with_a_star():
    prices = [1, 2, 3, 4]
    assert total(*prices) == 10


def test_log_line_with_one_word():
    assert log_line("WARN", "disk") == "[WARN] disk"


def test_log_line_with_several_words():
    assert log_line("INFO", "user", "ada", "logged", "in") == "[INFO] user ada logged in"
