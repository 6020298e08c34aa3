def parse_command(line):
    words = line.split()
    command, *middle = words[:-1]
    return command, middle, words[-1]


def swap_ends(items):
    last, first = items[-1], items[0]
    items[0], items[-1] = last, first
