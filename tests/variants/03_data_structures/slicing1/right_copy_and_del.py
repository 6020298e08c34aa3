def last(items):
    *_, final = items
    return final


def newest_three(items):
    return items[max(0, len(items) - 3):]


def without_ends(items):
    middle = items[:]
    del middle[0]
    del middle[-1]
    return middle


def every_second(items):
    return list(items[slice(None, None, 2)])
