import operator

OPERATIONS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "%": operator.mod,
}


def calculate(expression):
    left, op, right = expression.split()
    return OPERATIONS[op](float(left), float(right))
