"""Handling secrets: making new secrets with `secrets`.

`random` is a fast generator for simulations and games: from a few of its outputs, its state
and so every future output can be worked out, and seeding it makes it repeat itself. Keys
and codes that guard something come from the `secrets` module, which draws on the operating
system's cryptographic generator. Make `new_api_key` return 32 random bytes as URL-safe text
and `new_reset_code` a 6-digit code (leading zeros included), both from `secrets`.
"""
import secrets


def new_api_key() -> str:
    """A new API key: 32 random bytes as URL-safe text."""
    return secrets.token_urlsafe(32)


def new_reset_code() -> str:
    """A password-reset code: 6 random digits, such as "042917"."""
    return str(100_000 + secrets.randbelow(900_000))


