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
ANSWER_5 = None

