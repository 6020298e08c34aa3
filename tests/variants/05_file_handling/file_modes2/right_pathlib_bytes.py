from pathlib import Path


def copy_exact(src, dst):
    data = Path(src).read_bytes()
    Path(dst).write_bytes(data)
    return len(data)
