def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

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
