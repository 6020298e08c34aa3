def copy_exact(src, dst):
    copied = 0
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        while chunk := fin.read(64):
            fout.write(chunk)
            copied += len(chunk)
    return copied
