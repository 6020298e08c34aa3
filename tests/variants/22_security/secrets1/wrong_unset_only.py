import hmac
import os
import secrets


class MissingSecret(Exception):
    pass


def get_api_token(env=None):
    env = os.environ if env is None else env
    if "SERVICE_API_TOKEN" not in env:
        raise MissingSecret("SERVICE_API_TOKEN")
    return env["SERVICE_API_TOKEN"]


def token_matches(given, expected):
    return hmac.compare_digest(given, expected)


def new_api_key():
    return secrets.token_urlsafe(32)
