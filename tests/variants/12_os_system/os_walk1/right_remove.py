import os


def find_logs(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        for d in list(dirnames):
            if d.startswith("."):
                dirnames.remove(d)
        for name in filenames:
            if os.path.splitext(name)[1] == ".log":
                full = os.path.join(dirpath, name)
                found.append(os.path.relpath(full, root))
    found.sort()
    return found


def total_size(root):
    total = 0
    for dirpath, _, filenames in os.walk(root):
        total += sum(os.stat(os.path.join(dirpath, n)).st_size for n in filenames)
    return total
