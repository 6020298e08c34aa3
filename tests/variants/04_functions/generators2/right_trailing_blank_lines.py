"""Predict: generators are lazy, and they run out.

Read `countdown` and `main()`, and write in PREDICTION exactly what main()
prints, line by line, before you run anything. Calling a generator function
runs none of its body yet. Each `next()`, or each turn of a `for` loop, runs
the body up to the next `yield`. And once a generator is finished, it stays
finished.
"""

PREDICTION = """
made the generator
counting from 3
next gives 3
loop gives 2
loop gives 1
lift-off
again: []
14 0



"""


def countdown(start):
    print("counting from", start)
    number = start
    while number > 0:
        yield number
        number -= 1
    print("lift-off")


def main():
    numbers = countdown(3)
    print("made the generator")
    print("next gives", next(numbers))
    for number in numbers:
        print("loop gives", number)
    print("again:", list(numbers))

    squares = (n * n for n in [1, 2, 3])
    print(sum(squares), sum(squares))


if __name__ == "__main__":
    main()
