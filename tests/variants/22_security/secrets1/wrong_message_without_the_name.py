"""Handling secrets: from the environment, never from the code.

A secret written in the code ends up in every copy of the code, in the git history, in
backups and in screenshots, and can't be changed without a new release. Read the API token
from the environment variable SERVICE_API_TOKEN instead, and refuse to go on without it: a
missing or empty variable raises MissingSecret, with a message that names the variable.
There is no fallback value.
"""
import os


class MissingSecret(Exception):
    """A required secret is not configured."""


def get_api_token(env=None) -> str:
    """The token in SERVICE_API_TOKEN (env defaults to os.environ)."""
    env = os.environ if env is None else env
    token = env.get("SERVICE_API_TOKEN")
    if not token:
        raise MissingSecret("a secret is missing")
    return token


