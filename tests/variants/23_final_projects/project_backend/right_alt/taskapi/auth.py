import re
import secrets

BEARER = re.compile(r"\s*bearer\s+(\S+)\s*", re.IGNORECASE)


def parse_bearer(header):
    match = BEARER.fullmatch(header or "")
    return match.group(1) if match else None


def is_valid_token(token, tokens):
    found = False
    for known in tokens:
        if token and known and secrets.compare_digest(token.encode(), known.encode()):
            found = True
    return found
