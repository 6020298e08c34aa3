import os


def save_token(path, token):
    with open(path, "x", encoding="utf-8") as f:
        f.write(token)
    os.chmod(path, 0o600)
