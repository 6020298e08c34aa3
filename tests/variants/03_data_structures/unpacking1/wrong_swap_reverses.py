def parse_command(line):
    command, *sources, target = line.split()
    return command, sources, target


def swap_ends(items):
    items.reverse()
