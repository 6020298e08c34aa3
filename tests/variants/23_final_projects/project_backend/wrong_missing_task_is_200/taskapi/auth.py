"""Bearer-token authentication: `Authorization: Bearer <token>`."""

import hmac


def parse_bearer(header: str | None) -> str | None:
    """The token in an Authorization header value, or None if there is no bearer token.

    The scheme is case-insensitive ("bearer abc" works) and surrounding spaces don't matter.
    """
    if not header:
        return None
    scheme, _, token = header.strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        return None
    return token


def is_valid_token(token: str | None, tokens: list[str]) -> bool:
    """Is token one of the configured tokens? Compared in constant time."""
    if not token:
        return False
    # Compare bytes: compare_digest refuses str with non-ASCII characters (a 500, not a 401).
    return any(hmac.compare_digest(token.encode(), known.encode()) for known in tokens)
