def append_event(path, event):
    with open(path, "w", encoding="utf-8") as f:
        f.write(event + "\n")


def create_lockfile(path, owner):
    with open(path, "x", encoding="utf-8") as f:
        f.write(owner + "\n")
