def total_apples(first_count, second_count):
    return sum([int(first_count), int(second_count)])


def label(total):
    return f"Apples: {total}"
