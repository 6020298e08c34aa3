from pathlib import Path


def append_event(path, event):
    with Path(path).open("a", encoding="utf-8") as log:
        print(event, file=log)


def create_lockfile(path, owner):
    with Path(path).open(mode="x", encoding="utf-8") as lock:
        lock.write(f"{owner}\n")
