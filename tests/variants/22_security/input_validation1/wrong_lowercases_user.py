import re


class InvalidInput(ValueError):
    pass


def parse_port(text):
    if not re.fullmatch(r"[0-9]{1,5}", text) or not 1 <= int(text) <= 65535:
        raise InvalidInput(text)
    return int(text)


def parse_hostname(text):
    label = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
    if not 0 < len(text) <= 253 or not all(label.fullmatch(p) for p in text.split(".")):
        raise InvalidInput(text)
    return text.lower()


def parse_username(text):
    text = text.strip().lower()
    if not re.fullmatch(r"[a-z][a-z0-9_]{2,31}", text):
        raise InvalidInput(text)
    return text
