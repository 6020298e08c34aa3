"""Internal helpers; the leading underscore says: not part of the public API."""


def require_range(value, low, high):
    if not low <= value <= high:
        raise ValueError(f"{value} is not between {low} and {high}")
