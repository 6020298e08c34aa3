"""
`if` and `while` accept any value, not only True and False: Python asks the
value whether it counts as true ("truthy") or false ("falsy"). Falsy are
False, None, 0, 0.0, "" (empty text) and empty collections such as []; every
other value is truthy, also the text "0", the text "False" and " " (one
space). bool(value) shows what a value counts as.

`and` and `or` don't give back True or False, but one of their two values:
  a or b    gives a when a is truthy, else b     ("" or "guest" is "guest")
  a and b   gives a when a is falsy, else b      (0 and "ok" is 0)
`not` always gives True or False.

Read main() and write in PREDICTION exactly what it prints, line by line,
before you run anything. Then run the file to check.
"""

# What main() prints
PREDICTION = """
A: you typed 0
B: sold out
C: True False True
D: False False False True
E: True False
F: none left 3
G: order more
"""


def main():
    typed = "0"
    if typed:
        print("A: you typed", typed)
    else:
        print("A: nothing typed")

    stock = 0
    if stock:
        print("B: in stock")
    else:
        print("B: sold out")

    print("C:", bool(" "), bool(""), bool("False"))

    discount = None
    print("D:", bool(discount), bool(0.0), bool([]), bool(-1))

    items = 3
    print("E:", items and "ok", stock and "ok")
    print("F:", stock or "none left", items or "none left")

    if not stock:
        print("G: order more")


if __name__ == "__main__":
    main()
