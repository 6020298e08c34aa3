import os


def save_token(path, token):
    old = os.umask(0o077)
    try:
        with open(path, "x", encoding="utf-8") as f:
            f.write(token)
    finally:
        os.umask(old)
