"""Why testing matters: a test catches a bug before a user does."""


def average(numbers):
    """Return the arithmetic mean of a non-empty list of numbers."""
    return sum(numbers) / len(numbers)


def test_average_of_three_numbers():
    result = average([2, 4, 6])
    assert result == result
