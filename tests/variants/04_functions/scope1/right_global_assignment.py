visits = 0


def record_visit():
    global visits
    new_count = visits + 1
    visits = new_count
    return new_count


def reset():
    global visits
    visits = 0


def summary():
    return str(visits) + " visit(s)"
