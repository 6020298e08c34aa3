"""Scope and lifetime: local and global names.

The module counts the visits to a page in the global variable `visits`.
`record_visit()` must add one to it and return the new count, and `reset()`
must set it back to 0. A name you assign to inside a function is local to
that function unless you say otherwise.
"""

visits = 0


def record_visit():
    global visits
    visits += 1
    return visits


def reset():
    global visits
    visits = 0


def summary():
    # Only reading a global needs nothing special.
    return f"{visits} visit(s)"


# --- tests: read them, don't change them ---


def test_record_visit_returns_the_new_count():
    before = visits
    assert record_visit() == before + 1
    assert record_visit() == before + 2


def test_record_visit_changes_the_global_variable():
    before = visits
    record_visit()
    assert visits == before + 1


def test_reset_sets_the_global_variable_back_to_zero():
    record_visit()
    record_visit()
    reset()
    assert visits == 0


def test_summary_sees_the_count():
    reset()
    record_visit()
    record_visit()
    assert summary() == "2 visit(s)"
