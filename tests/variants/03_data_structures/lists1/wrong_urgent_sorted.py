def add(todo, task):
    todo.append(task)


def add_urgent(todo, task):
    todo.append(task)
    todo.sort()


def finish(todo, task):
    todo.remove(task)
