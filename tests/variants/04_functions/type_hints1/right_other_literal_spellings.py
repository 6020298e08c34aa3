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
ANSWER_1 = 90.00

# Question 2: what does double("ab") return?
ANSWER_2 = 'abab'

# Question 3: shout(42) raises an exception. What is the name of its type,
# as a string, such as "ValueError"?
ANSWER_3 = "AttributeError"

# Question 4: how many entries does the dict total_seconds.__annotations__ hold?
ANSWER_4 = 3

