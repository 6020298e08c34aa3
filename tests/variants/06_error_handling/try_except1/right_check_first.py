def percent(part, total):
    if total == 0:
        return 0.0
    return round(100 * part / total, 1)
