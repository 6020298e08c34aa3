def total_apples(first_count, second_count):
    first = int(first_count)
    second = int(second_count)
    total = first + second
    return total


def label(total):
    return "Apples: %d" % total
