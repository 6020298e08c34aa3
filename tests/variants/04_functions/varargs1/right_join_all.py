def total(*args):
    return sum(args, 0)


def log_line(level, *args):
    return " ".join((f"[{level}]",) + args)
