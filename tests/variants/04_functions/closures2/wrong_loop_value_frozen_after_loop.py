"""Predict: what a closure remembers.

Read `main()` and write in PREDICTION exactly what it prints, line by line,
before you run anything. A function made inside another function (or a
lambda) remembers the VARIABLES it uses, not their values: it looks a
variable up when it is called. A default value, on the other hand, is
worked out once, when the function is made.
"""

PREDICTION = """
Hello, Linus
Hello, Linus
Hello, Linus
Hello, Linus
Hi, Ada Hi, Grace
6 15
"""


def make_adder(step):
    return lambda number: number + step


def main():
    greeters = []
    for name in ["Ada", "Grace", "Linus"]:
        greeters.append(lambda: "Hello, " + name)
    for greet in greeters:
        print(greet())

    name = "nobody"
    print(greeters[0]())

    fixed = []
    for name in ["Ada", "Grace"]:
        fixed.append(lambda name=name: "Hi, " + name)
    print(fixed[0](), fixed[1]())

    adders = [make_adder(step) for step in [1, 10]]
    print(adders[0](5), adders[1](5))


if __name__ == "__main__":
    main()
