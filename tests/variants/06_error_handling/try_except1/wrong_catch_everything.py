def percent(part, total):
    try:
        return round(part / total * 100, 1)
    except Exception:
        return 0.0
