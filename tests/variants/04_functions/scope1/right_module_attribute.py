import sys

visits = 0


def record_visit():
    module = sys.modules[__name__]
    module.visits = module.visits + 1
    return module.visits


def reset():
    globals()["visits"] = 0


def summary():
    return f"{visits} visit(s)"
