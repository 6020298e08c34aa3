visits = 0


def record_visit():
    global visits
    visits += 1
    return visits


def reset():
    visits = 0


def summary():
    return f"{visits} visit(s)"
