import os


def private(path, flags):
    return os.open(path, flags, 0o600)


def save_token(path, token):
    with open(path, "x", encoding="utf-8", opener=private) as f:
        f.write(token)
