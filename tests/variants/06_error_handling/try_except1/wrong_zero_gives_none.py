def percent(part, total):
    try:
        return round(part / total * 100, 1)
    except ZeroDivisionError:
        return None
