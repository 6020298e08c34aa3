def retry_delay(attempt, base=1.0, cap=30.0):
    """Return the wait for attempt, from base doubled, at most cap."""
    return min(cap, base * 2 ** (attempt - 1))


def parse_duration(text):
    """Return the number of seconds in a duration such as "90s" or "2h".

    text: a whole number followed by one unit: s, m or h.
    """
    number, unit = int(text[:-1]), text[-1]
    return number * {"s": 1, "m": 60, "h": 3600}[unit]
