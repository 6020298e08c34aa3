"""Why testing matters: a test catches a bug before a user does."""


def average(numbers):
    """Return the arithmetic mean of a non-empty list of numbers."""
    total = 0
    for i in range(len(numbers)):
        total += numbers[i]
    return total / len(numbers)


def test_average_of_three_numbers():
    result = average([2, 4, 6])
    assert result == 4, f"expected 4, got {result}"
