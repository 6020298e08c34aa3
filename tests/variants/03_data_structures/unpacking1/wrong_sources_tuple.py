def parse_command(line):
    words = line.split()
    return words[0], tuple(words[1:-1]), words[-1]


def swap_ends(items):
    items[0], items[-1] = items[-1], items[0]
