def add(todo, task):
    todo = todo + [task]
    return todo


def add_urgent(todo, task):
    todo.insert(0, task)


def finish(todo, task):
    todo.remove(task)
