def parse_command(line):
    command, *sources = line.split()
    return command, sources, sources[-1]


def swap_ends(items):
    items[0], items[-1] = items[-1], items[0]
