def average(numbers):
    total = 0
    for number in numbers:
        total += number
    result = total / len(numbers)
    return result


def above_average(numbers):
    mean = average(numbers)
    return [number for number in numbers if number > mean]
