def to_int(text):
    digits = text.strip().lstrip("+-")
    if digits.isdigit():
        return int(text)
    return None
