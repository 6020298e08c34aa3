"""Lambda functions: a table of small functions.

A function is a value like any other: it can be stored in a dict and looked
up by a key. `OPERATIONS` maps each operator of a tiny calculator to a
function of two numbers, written as a lambda. `calculate("7 - 2")` splits the
text, looks up the operator and calls its function with the two numbers.

Fix the "-" entry, and add "/" (true division, `7 / 2` is 3.5) and "%" (the
remainder, `7 % 2` is 1), each a function of two numbers in OPERATIONS.
"""

OPERATIONS = {
    "+": lambda a, b: a + b,
    # TODO: "7 - 2" must give 5, not -5.
    "-": lambda a, b: b - a,
    "*": lambda a, b: a * b,
    # TODO: add "/" and "%".
}


def calculate(expression):
    """Work out an expression such as "7 - 2": number, operator, number."""
    left, operator, right = expression.split()
    return OPERATIONS[operator](float(left), float(right))


# --- tests: read them, don't change them ---

import pytest


def test_plus_and_times_already_work():
    assert calculate("7 + 2") == 9
    assert calculate("7 * 2") == 14


def test_minus_takes_the_right_number_from_the_left():
    assert calculate("7 - 2") == 5
    assert calculate("2 - 7") == -5


def test_divide():
    assert calculate("7 / 2") == 3.5
    assert calculate("2 / 8") == 0.25


def test_remainder():
    assert calculate("7 % 2") == 1
    assert calculate("2 % 7") == 2


def test_every_operation_is_a_function_of_two_numbers():
    assert sorted(OPERATIONS) == ["%", "*", "+", "-", "/"]
    assert OPERATIONS["-"](10, 4) == 6
    assert OPERATIONS["/"](9, 4) == 2.25
    assert OPERATIONS["%"](9, 4) == 1


def test_an_unknown_operator_is_a_key_error():
    with pytest.raises(KeyError):
        calculate("7 ^ 2")
