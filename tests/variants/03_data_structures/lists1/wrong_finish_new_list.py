def add(todo, task):
    todo.append(task)


def add_urgent(todo, task):
    todo.insert(0, task)


def finish(todo, task):
    todo = [t for t in todo if t != task]
    return todo
