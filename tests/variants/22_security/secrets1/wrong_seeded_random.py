import hmac
import os
import random
import string


class MissingSecret(Exception):
    pass


def get_api_token(env=None):
    env = os.environ if env is None else env
    token = env.get("SERVICE_API_TOKEN")
    if not token:
        raise MissingSecret("SERVICE_API_TOKEN")
    return token


def token_matches(given, expected):
    return hmac.compare_digest(given, expected)


def new_api_key():
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(48))
