import os
from pathlib import Path

GRANTS = {
    "viewer": {"read"},
    "operator": {"read", "restart"},
    "admin": {"read", "restart", "deploy"},
}


def safe_join(base, user_path):
    # checks the text, not the resolved path
    if ".." in user_path.split("/")[0]:
        raise ValueError(user_path)
    return (base / user_path).resolve()


def is_allowed(roles, user, action):
    return action in GRANTS.get(roles.get(user), set())


def write_private(path, text):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
