def last(items):
    return items[-1]


def newest_three(items):
    return items[:-4:-1]


def without_ends(items):
    return items[1:-1]


def every_second(items):
    return items[::2]
