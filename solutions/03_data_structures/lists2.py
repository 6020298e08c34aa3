"""Lists: sorting without surprises.

`ranked(scores)` must return the scores from highest to lowest as a NEW list.
The caller's list must stay exactly as it was: other code still needs the
scores in the order they were entered.
"""


def ranked(scores):
    return sorted(scores, reverse=True)


# --- tests: read them, don't change them ---


def test_highest_score_comes_first():
    assert ranked([3, 9, 4]) == [9, 4, 3]


def test_equal_scores_are_all_kept():
    assert ranked([5, 1, 5, 2]) == [5, 5, 2, 1]


def test_empty_list_gives_an_empty_list():
    assert ranked([]) == []


def test_the_callers_list_is_not_changed():
    scores = [3, 9, 4]
    ranked(scores)
    assert scores == [3, 9, 4]


def test_the_result_is_a_different_list_object():
    scores = [7, 2]
    assert ranked(scores) is not scores
