import statistics


def average(numbers):
    return statistics.mean(numbers)


def above_average(numbers):
    mean = average(numbers)
    return [number for number in numbers if number > mean]
