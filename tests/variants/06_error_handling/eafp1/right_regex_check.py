import re


def to_int(text):
    if re.fullmatch(r"\s*[+-]?\d+\s*", text):
        return int(text)
    return None
