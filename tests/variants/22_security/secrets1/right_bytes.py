import os
import random
import secrets


class MissingSecret(Exception):
    pass


def get_api_token(env=None):
    if env is None:
        env = os.environ
    try:
        token = env["SERVICE_API_TOKEN"]
    except KeyError:
        raise MissingSecret("SERVICE_API_TOKEN is not set") from None
    if token == "":
        raise MissingSecret("SERVICE_API_TOKEN is empty")
    return token


def token_matches(given, expected):
    return secrets.compare_digest(given.encode(), expected.encode())


def new_api_key():
    return secrets.token_hex(32)
