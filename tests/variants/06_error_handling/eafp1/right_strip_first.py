def to_int(text):
    try:
        return int(text.strip())
    except ValueError:
        return None
