"""Bearer-token authentication: `Authorization: Bearer <token>`."""

import hmac


def parse_bearer(header: str | None) -> str | None:
    """The token in an Authorization header value, or None if there is no bearer token.

    The scheme is case-insensitive ("bearer abc" works) and surrounding spaces don't matter.
    """
    # TODO (step 3): no header, another scheme ("Basic ..."), a missing token, different
    #       case and extra spaces must all be handled, without exceptions
    return header.split(" ")[1]


def is_valid_token(token: str | None, tokens: list[str]) -> bool:
    """Is token one of the configured tokens? Compared in constant time."""
    # TODO (step 3): compare with hmac.compare_digest, and never accept an empty token
    return token in tokens
