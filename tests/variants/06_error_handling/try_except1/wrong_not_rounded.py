def percent(part, total):
    try:
        return part / total * 100
    except ZeroDivisionError:
        return 0.0
