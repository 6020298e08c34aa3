import os


def save_token(path, token):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 600)
    with open(fd, "w", encoding="utf-8") as f:
        f.write(token)
