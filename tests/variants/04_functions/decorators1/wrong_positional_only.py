import functools


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)

    wrapper.calls = 0
    return wrapper


@count_calls
def greet(name, greeting="Hello"):
    """Return a greeting for `name`."""
    return f"{greeting}, {name}!"


@count_calls
def add(a, b):
    """Return the sum of a and b."""
    return a + b
