def total(*amounts):
    return sum(amounts)


def log_line(level, *words):
    return f"[{level}] " + "".join(words)
