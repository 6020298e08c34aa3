OPERATIONS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}


def calculate(expression):
    left, operator, right = expression.split()
    if operator == "%":
        return float(left) % float(right)
    return OPERATIONS[operator](float(left), float(right))
