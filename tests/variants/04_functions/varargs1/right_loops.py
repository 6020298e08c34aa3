def total(*amounts):
    result = 0
    for amount in amounts:
        result += amount
    return result


def log_line(level, *words):
    line = "[" + level + "]"
    for word in words:
        line += " " + word
    return line
