"""
PEP 8 is Python's style guide: code that follows it looks familiar to every
Python programmer. Its naming rules: functions and variables in snake_case
(lower case, words joined by _), constants in UPPER_CASE, classes in
CapWords. (It also asks for spaces around operators such as = and >, and
4 spaces of indentation.)

The code below works, but its names break PEP 8. Rename the constant to
SPEED_LIMIT, the function to is_speeding and its parameter to speed.
"""

SPEED_LIMIT = 50


def is_speeding(speed):
    return speed > SPEED_LIMIT


# --- tests: read them, don't change them ---


def test_constant_is_upper_case():
    assert SPEED_LIMIT == 50


def test_function_name_is_snake_case():
    assert is_speeding(65)
    assert not is_speeding(50)
    assert not is_speeding(30)


def test_parameter_name_is_snake_case():
    assert is_speeding(speed=51)
    assert not is_speeding(speed=49)
