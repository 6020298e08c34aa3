def copy_exact(src, dst):
    with open(src, "r", encoding="latin-1") as fin:
        data = fin.read()
    with open(dst, "w", encoding="latin-1") as fout:
        fout.write(data)
    return len(data)
