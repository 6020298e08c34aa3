"""Arguments and return values: give the answer back.

`average(numbers)` must RETURN the mean of a non-empty list of numbers, so
that other code can use it. `above_average(numbers)` already relies on that:
it returns the numbers greater than the average. Fix `average`.
"""


def average(numbers):
    return sum(numbers) / len(numbers)


def above_average(numbers):
    mean = average(numbers)
    return [number for number in numbers if number > mean]


# --- tests: read them, don't change them ---


def test_average_of_four_numbers():
    assert average([1, 2, 3, 4]) == 2.5


def test_average_of_one_number_is_that_number():
    assert average([7]) == 7


def test_the_average_can_be_used_in_a_calculation():
    assert average([2, 4]) * 10 == 30


def test_above_average_uses_the_average():
    assert above_average([1, 2, 3, 4]) == [3, 4]


def test_nothing_is_above_average_when_all_are_equal():
    assert above_average([5, 5, 5]) == []
