def total_apples(first_count, second_count):
    return int(first_count) + int(second_count)


def label(total):
    return "Apples:" + str(total)
