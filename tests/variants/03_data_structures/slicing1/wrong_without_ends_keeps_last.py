def last(items):
    return items[-1]


def newest_three(items):
    return items[-3:]


def without_ends(items):
    return items[1:len(items)]


def every_second(items):
    return items[::2]
