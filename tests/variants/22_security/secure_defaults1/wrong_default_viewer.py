import os
from pathlib import Path

GRANTS = {
    "viewer": {"read"},
    "operator": {"read", "restart"},
    "admin": {"read", "restart", "deploy"},
}


def safe_join(base, user_path):
    target = (base / user_path).resolve()
    if not target.is_relative_to(base.resolve()):
        raise ValueError(user_path)
    return target


def is_allowed(roles, user, action):
    # unknown users get the smallest role: still fails open for reading
    return action in GRANTS.get(roles.get(user, "viewer"), GRANTS["viewer"])


def write_private(path, text):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
