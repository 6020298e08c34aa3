def average(numbers):
    return sum(numbers) // len(numbers)


def above_average(numbers):
    mean = average(numbers)
    return [number for number in numbers if number > mean]
