def last(items):
    return items[len(items) - 1]


def newest_three(items):
    start = max(len(items) - 3, 0)
    return items[start:len(items)]


def without_ends(items):
    return items[1:len(items) - 1]


def every_second(items):
    return items[0:len(items):2]
