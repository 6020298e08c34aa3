def total_apples(first_count, second_count):
    return float(first_count) + float(second_count)


def label(total):
    return "Apples: " + str(total)
