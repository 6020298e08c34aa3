def add(todo, task):
    todo.append(task)


def add_urgent(todo, task):
    todo.insert(0, task)


def finish(todo, task):
    if task in todo:
        todo.pop()
