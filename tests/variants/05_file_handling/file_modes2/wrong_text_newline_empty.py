def copy_exact(src, dst):
    with open(src, "r", encoding="utf-8", newline="") as fin:
        data = fin.read()
    with open(dst, "w", encoding="utf-8", newline="") as fout:
        fout.write(data)
    return len(data)
