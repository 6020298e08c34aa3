def add(todo, task):
    todo += [task]
    return todo


def add_urgent(todo, task):
    todo.reverse()
    todo.append(task)
    todo.reverse()


def finish(todo, task):
    position = todo.index(task)
    todo.pop(position)
