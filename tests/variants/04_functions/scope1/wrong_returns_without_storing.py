visits = 0


def record_visit():
    return visits + 1


def reset():
    global visits
    visits = 0


def summary():
    return f"{visits} visit(s)"
