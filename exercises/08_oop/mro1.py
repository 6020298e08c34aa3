"""Read: which method does super() call?

`super()` does not mean "my parent class". It means "the next class in
the method resolution order (MRO) of the object's class", and every class
has one: `SomeClass.__mro__`. Read the classes below and answer each
question with a literal list of class names. Work the answers out by
reading before you run anything: that is the skill this exercise trains.
"""

# TODO: answer each question with a literal list, such as ["A", "B"].

# 1. The names in Service.__mro__, in order (include "object" at the end).
ANSWER_1 = None

# 2. What does Service().setup() return?
ANSWER_2 = None

# 3. What does Logging().setup() return?
ANSWER_3 = None

# 4. What does App().setup() return?
ANSWER_4 = None


class Base:
    def setup(self):
        return ["Base"]


class Logging(Base):
    def setup(self):
        return ["Logging"] + super().setup()


class Caching(Base):
    def setup(self):
        return ["Caching"] + super().setup()


class Service(Logging, Caching):
    def setup(self):
        return ["Service"] + super().setup()


class Quiet(Base):
    def setup(self):
        return ["Quiet"]


class App(Logging, Quiet):
    def setup(self):
        return ["App"] + super().setup()


# --- tests: read them, don't change them ---

import sys

import pytest

from coursekit import assert_literal

module = sys.modules[__name__]


def check(name, real, question):
    assert_literal(module, name)
    answer = getattr(module, name)
    if not isinstance(answer, (list, tuple)) or list(answer) != real:
        pytest.fail(f"{name} is not what {question} gives: follow the MRO again", pytrace=False)


def test_answer_1_the_mro():
    check("ANSWER_1", [cls.__name__ for cls in Service.__mro__], "Service.__mro__")


def test_answer_2_service_setup():
    check("ANSWER_2", Service().setup(), "Service().setup()")


def test_answer_3_logging_setup():
    check("ANSWER_3", Logging().setup(), "Logging().setup()")


def test_answer_4_app_setup():
    check("ANSWER_4", App().setup(), "App().setup()")
