"""Lists: change a list with its methods.

A to-do list is a list of tasks, most urgent first. Finish the three
functions. Each one must CHANGE the list it is given, because the caller goes
on using that same list: `add` puts a task at the end, `add_urgent` puts a
task at the very front, and `finish` takes a task out.
"""


def add(todo, task):
    # TODO: put `task` at the end of `todo`.
    pass


def add_urgent(todo, task):
    # TODO: put `task` before every other task in `todo`.
    pass


def finish(todo, task):
    # TODO: take `task` out of `todo`, wherever it is.
    pass


# --- tests: read them, don't change them ---


def test_add_puts_the_task_at_the_end():
    todo = ["pay rent", "buy milk"]
    add(todo, "call mum")
    assert todo == ["pay rent", "buy milk", "call mum"]


def test_add_to_an_empty_list():
    todo = []
    add(todo, "buy milk")
    assert todo == ["buy milk"]


def test_add_urgent_puts_the_task_first():
    todo = ["pay rent", "buy milk"]
    add_urgent(todo, "fix roof")
    assert todo == ["fix roof", "pay rent", "buy milk"]


def test_add_urgent_twice():
    todo = ["water plants"]
    add_urgent(todo, "pay rent")
    add_urgent(todo, "call bank")
    assert todo == ["call bank", "pay rent", "water plants"]


def test_finish_a_task_in_the_middle():
    todo = ["fix roof", "pay rent", "buy milk"]
    finish(todo, "pay rent")
    assert todo == ["fix roof", "buy milk"]


def test_finish_the_first_and_the_last_task():
    todo = ["fix roof", "pay rent", "buy milk"]
    finish(todo, "fix roof")
    finish(todo, "buy milk")
    assert todo == ["pay rent"]
