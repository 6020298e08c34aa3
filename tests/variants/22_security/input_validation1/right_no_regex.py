import string


class InvalidInput(ValueError):
    pass


DIGITS = set(string.digits)
LABEL_CHARS = set(string.ascii_letters + string.digits + "-")
NAME_CHARS = set(string.ascii_lowercase + string.digits + "_")


def parse_port(text):
    if not text or len(text) > 5 or not set(text) <= DIGITS:
        raise InvalidInput(text)
    port = int(text)
    if port < 1 or port > 65535:
        raise InvalidInput(text)
    return port


def parse_hostname(text):
    if len(text) == 0 or len(text) > 253:
        raise InvalidInput(text)
    for label in text.split("."):
        if not 1 <= len(label) <= 63:
            raise InvalidInput(text)
        if not set(label) <= LABEL_CHARS or label[0] == "-" or label[-1] == "-":
            raise InvalidInput(text)
    return text.lower()


def parse_username(text):
    if not 3 <= len(text) <= 32:
        raise InvalidInput(text)
    if text[0] not in string.ascii_lowercase or not set(text) <= NAME_CHARS:
        raise InvalidInput(text)
    return text
