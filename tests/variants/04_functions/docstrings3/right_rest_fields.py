def retry_delay(attempt, base=1.0, cap=30.0):
    """Return the back-off delay in seconds.

    :param attempt: which attempt just failed (1 for the first).
    :param base: delay after the first attempt.
    :param cap: upper limit of the delay.
    """
    return min(cap, base * 2 ** (attempt - 1))


def parse_duration(text):
    """Return the seconds in a duration written like 45s, 10m or 3h.

    :param text: digits and then a unit letter.
    """
    number, unit = int(text[:-1]), text[-1]
    return number * {"s": 1, "m": 60, "h": 3600}[unit]
