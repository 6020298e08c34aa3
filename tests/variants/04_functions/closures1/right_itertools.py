import itertools


def make_counter(start=0):
    numbers = itertools.count(start + 1)
    return lambda: next(numbers)
