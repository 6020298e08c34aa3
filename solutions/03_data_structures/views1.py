"""Read: copies and views.

Some objects are COPIES: they hold their own values, taken when they were
made. Others are VIEWS: they hold nothing of their own and always show the
object behind them as it is now. Read the two functions below, then answer
each question by writing a literal (a list or a number) after the `=`.
Work it out by reading; the tests run the code and tell you which answers
are wrong, without saying what is right.
"""


def stock_story():
    stock = {"apples": 3, "pears": 0, "kiwis": 5}
    names = stock.keys()
    names_then = list(stock)
    pairs = stock.items()
    stock["figs"] = 7
    stock["plums"] = 1
    del stock["pears"]
    return names, names_then, pairs


def week_story():
    week = [10, 20, 30, 40, 50, 60, 70]
    weekend = week[5:]
    weekend[0] = 600
    week[6] = 700
    return week, weekend


# Question 1: what is list(names), with `names` as stock_story() returns it?
ANSWER_1 = ["apples", "kiwis", "figs", "plums"]

# Question 2: what is names_then?
ANSWER_2 = ["apples", "pears", "kiwis"]

# Question 3: how many pairs are in `pairs`, that is, len(pairs)?
ANSWER_3 = 4

# Question 4: what is `week` when week_story() returns?
ANSWER_4 = [10, 20, 30, 40, 50, 60, 700]

# Question 5: what is `weekend` when week_story() returns?
ANSWER_5 = [600, 70]


# --- tests: read them, don't change them ---

import sys

import pytest

from coursekit import assert_literal

module = sys.modules[__name__]


def check(name, real):
    assert_literal(module, name)
    if getattr(module, name) is None:
        pytest.fail(f"write your answer in {name}", pytrace=False)
    if getattr(module, name) != real:
        pytest.fail(f"{name} is not what the code gives: read it again", pytrace=False)


def test_question_1_a_keys_view_follows_the_dict():
    names, _, _ = stock_story()
    check("ANSWER_1", list(names))


def test_question_2_a_list_made_from_the_dict_is_a_copy():
    _, names_then, _ = stock_story()
    check("ANSWER_2", names_then)


def test_question_3_an_items_view_follows_the_dict():
    _, _, pairs = stock_story()
    check("ANSWER_3", len(pairs))


def test_question_4_the_list_after_changing_a_slice():
    week, _ = week_story()
    check("ANSWER_4", week)


def test_question_5_the_slice_after_changing_the_list():
    _, weekend = week_story()
    check("ANSWER_5", weekend)
