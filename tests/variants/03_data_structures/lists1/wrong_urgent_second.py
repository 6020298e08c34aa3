def add(todo, task):
    todo.append(task)


def add_urgent(todo, task):
    todo.insert(1, task)


def finish(todo, task):
    todo.remove(task)
