def retry_delay(attempt, base=1.0, cap=30.0):
    """Return how many seconds to wait before trying again

    attempt: which try this is, counting from 1.
    base: the wait in seconds after the first try.
    cap: the longest wait in seconds.
    """
    return min(cap, base * 2 ** (attempt - 1))


def parse_duration(text):
    """Return the number of seconds in a duration such as "90s" or "2h".

    text: a whole number followed by one unit: s, m or h.
    """
    number, unit = int(text[:-1]), text[-1]
    return number * {"s": 1, "m": 60, "h": 3600}[unit]
