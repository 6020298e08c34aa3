import re


class InvalidInput(ValueError):
    pass


def parse_port(text):
    if not re.match(r"^[0-9]{1,5}$", text):
        raise InvalidInput(text)
    port = int(text)
    if not 1 <= port <= 65535:
        raise InvalidInput(text)
    return port


def parse_hostname(text):
    label = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
    if not 0 < len(text) <= 253 or not all(label.fullmatch(p) for p in text.split(".")):
        raise InvalidInput(text)
    return text.lower()


def parse_username(text):
    if not re.match(r"^[a-z][a-z0-9_]{2,31}$", text):
        raise InvalidInput(text)
    return text
