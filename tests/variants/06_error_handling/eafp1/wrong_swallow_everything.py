def to_int(text):
    try:
        return int(text)
    except Exception:
        return None
