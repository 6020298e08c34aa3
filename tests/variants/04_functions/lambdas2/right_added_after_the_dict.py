OPERATIONS = {
    "+": lambda a, b: a + b,
    "-": lambda x, y: x - y,
    "*": lambda a, b: a * b,
}
OPERATIONS["/"] = lambda a, b: a / b
OPERATIONS["%"] = lambda a, b: a - b * (a // b)


def calculate(expression):
    left, operator, right = expression.split()
    return OPERATIONS[operator](float(left), float(right))
