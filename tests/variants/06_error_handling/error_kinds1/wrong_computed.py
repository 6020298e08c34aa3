OUTCOMES = {
    1: "SyntaxError",
    2: "IndexError",
    3: "NameError",
    4: "SyntaxError",
    5: "no error",
    6: "ValueError",
    7: "KeyError",
    8: "SyntaxError",
    9: "TypeError",
    10: "ZeroDivisionError",
}

PRINTS_FIRST = sorted([10, 6])

