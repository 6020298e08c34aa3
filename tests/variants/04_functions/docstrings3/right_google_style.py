def retry_delay(attempt, base=1.0, cap=30.0):
    """Compute the wait before the next try, doubling each time.

    Args:
        attempt: The number of the try that failed, from 1.
        base: Seconds to wait after the first failure.
        cap: The longest wait, in seconds.

    Returns:
        The wait in seconds, as a float.
    """
    return min(cap, base * 2 ** (attempt - 1))


def parse_duration(text):
    '''Convert "90s", "5m" or "2h" into seconds.

    Args:
        text: A whole number followed by s, m or h.
    '''
    number, unit = int(text[:-1]), text[-1]
    return number * {"s": 1, "m": 60, "h": 3600}[unit]
