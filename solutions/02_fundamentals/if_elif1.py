"""
if / elif / else picks one branch: Python tests the conditions from top to
bottom and runs only the first branch whose condition is true; `else` runs
when none of them is. So the order of the conditions matters.

grade() gives every passing score a "C". Reorder the branches so that each
score gets its letter: 90 and above "A", 80 and above "B", 70 and above "C",
below 70 "F".
"""


def grade(score):
    """Return the letter grade for a score from 0 to 100."""
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"


# --- tests: read them, don't change them ---


def test_top_scores_get_an_a():
    assert grade(95) == "A"
    assert grade(100) == "A"


def test_good_scores_get_a_b():
    assert grade(85) == "B"


def test_fair_scores_get_a_c():
    assert grade(75) == "C"


def test_low_scores_get_an_f():
    assert grade(50) == "F"
    assert grade(0) == "F"


def test_each_limit_belongs_to_the_higher_grade():
    assert grade(90) == "A"
    assert grade(89) == "B"
    assert grade(80) == "B"
    assert grade(79) == "C"
    assert grade(70) == "C"
    assert grade(69) == "F"
