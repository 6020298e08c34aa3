"""Why testing matters: a test catches a bug before a user does."""


def average(numbers):
    """Return the arithmetic mean of a non-empty list of numbers."""
    return sum(numbers) / len(numbers)


def test_average_of_three_numbers():
    assert average([2, 4, 6]) == 4


def test_average_can_be_a_fraction():
    assert average([1, 2, 3, 4]) == 2.5
