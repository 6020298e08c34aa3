import os


def save_token(path, token):
    with open(path, "x", encoding="utf-8") as f:
        os.fchmod(f.fileno(), 0o600)
        f.write(token)
