def add(todo, task):
    todo[len(todo):] = [task]


def add_urgent(todo, task):
    todo[:0] = [task]


def finish(todo, task):
    del todo[todo.index(task)]
