import os
import random
import secrets


class MissingSecret(Exception):
    pass


def get_api_token(env=None):
    env = os.environ if env is None else env
    token = env.get("SERVICE_API_TOKEN")
    if not token:
        raise MissingSecret("SERVICE_API_TOKEN")
    return token


def token_matches(given, expected):
    return len(given) == len(expected) and given == expected


def new_api_key():
    return secrets.token_urlsafe(32)
