"""Read: what type hints do, and what they don't.

A type hint says what a parameter or a return value is meant to be:
`def shout(text: str) -> str:`. Python stores the hints on the function, in
its `__annotations__` dict, and tools such as your editor or the type checker
mypy read them. Python itself never checks them when the function runs.

Read the three functions, then answer each question by writing a literal
after the `=` (a number, a string, a list...). Work it out by reading; the
tests run the code and tell you which answers are wrong, not what is right.
"""


def total_seconds(minutes: int, seconds: int = 0) -> int:
    return minutes * 60 + seconds


def shout(text: str) -> str:
    return text.upper() + "!"


def double(items: list[int]) -> list[int]:
    return items * 2


# Question 1: what does total_seconds(1.5) return?
ANSWER_1 = None

# Question 2: what does double("ab") return?
ANSWER_2 = None

# Question 3: shout(42) raises an exception. What is the name of its type,
# as a string, such as "ValueError"?
ANSWER_3 = None

# Question 4: how many entries does the dict total_seconds.__annotations__ hold?
ANSWER_4 = None


# --- tests: read them, don't change them ---

import sys

import pytest

from coursekit import assert_literal

module = sys.modules[__name__]


def check(name, real):
    assert_literal(module, name)
    answer = getattr(module, name)
    if answer is None:
        pytest.fail(f"write your answer in {name}", pytrace=False)
    if answer != real or type(answer) is not type(real):
        pytest.fail(f"{name} is not what the code gives: read it again", pytrace=False)


def raised_by(function, *args):
    try:
        function(*args)
    except Exception as error:
        return type(error).__name__
    return "nothing"


def test_question_1_a_float_goes_through():
    check("ANSWER_1", total_seconds(1.5))


def test_question_2_a_string_goes_through():
    check("ANSWER_2", double("ab"))


def test_question_3_the_error_comes_from_the_body():
    check("ANSWER_3", raised_by(shout, 42))


def test_question_4_the_hints_are_stored():
    check("ANSWER_4", len(total_seconds.__annotations__))
