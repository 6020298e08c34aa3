import os


def find_logs(root):
    found = []

    def visit(folder):
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir():
                    if not entry.name.startswith("."):
                        visit(entry.path)
                elif entry.name.endswith(".log"):
                    found.append(os.path.relpath(entry.path, root))

    visit(root)
    found.sort()
    return found


def total_size(root):
    size = 0
    for folder, _, names in os.walk(root):
        for name in names:
            size += os.stat(os.path.join(folder, name)).st_size
    return size
