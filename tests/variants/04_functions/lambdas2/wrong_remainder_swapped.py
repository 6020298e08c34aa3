OPERATIONS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "%": lambda a, b: b % a,
}


def calculate(expression):
    left, operator, right = expression.split()
    return OPERATIONS[operator](float(left), float(right))
