from pathlib import Path


def append_event(path, event):
    with open(path, "a", encoding="utf-8") as f:
        f.write(event + "\n")


def create_lockfile(path, owner):
    if Path(path).exists():
        raise FileExistsError(path)
    with open(path, "w", encoding="utf-8") as f:
        f.write(owner + "\n")
