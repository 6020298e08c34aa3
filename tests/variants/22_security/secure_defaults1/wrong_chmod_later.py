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
    return action in GRANTS.get(roles.get(user), set())


def write_private(path, text):
    # the file exists, readable by everyone, until chmod runs; and here chmod is forgotten
    path.write_text(text)
    os.chmod(path, 0o644)
