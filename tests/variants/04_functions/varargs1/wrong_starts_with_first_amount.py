def total(*amounts):
    result = amounts[0]
    for amount in amounts[1:]:
        result += amount
    return result


def log_line(level, *words):
    return f"[{level}] " + " ".join(words)
