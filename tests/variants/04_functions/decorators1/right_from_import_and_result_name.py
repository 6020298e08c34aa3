from functools import wraps


def count_calls(func):
    @wraps(func)
    def counted(*positional, **named):
        counted.calls = counted.calls + 1
        result = func(*positional, **named)
        return result

    counted.calls = 0
    return counted


@count_calls
def greet(name, greeting="Hello"):
    """Return a greeting for `name`."""
    return f"{greeting}, {name}!"


@count_calls
def add(a, b):
    """Return the sum of a and b."""
    return a + b
