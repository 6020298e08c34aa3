"""Docstrings: documentation Python can find.

A comment is not part of the function: `celsius_to_fahrenheit.__doc__` stays
None, and doctest can't run the examples in it. A docstring, the string literal
that is the first statement of the function body, is stored on the function
(`__doc__`) and shown by `help()`. Turn the comment into a docstring: a
one-line summary, then at least one example written the doctest way, which
the tests run.
"""


# Convert a temperature from degrees Celsius to degrees Fahrenheit.
# TODO: move this description into a docstring, and add an example such as
#     >>> celsius_to_fahrenheit(100)
# followed by the line Python would print for it.
def celsius_to_fahrenheit(celsius):
    return celsius * 9 / 5 + 32


# --- tests: read them, don't change them ---

import doctest


def docstring_tests():
    return doctest.DocTestFinder().find(celsius_to_fahrenheit)


def test_the_function_has_a_docstring():
    assert celsius_to_fahrenheit.__doc__ is not None, (
        "celsius_to_fahrenheit has no docstring (a comment is not one)")


def test_the_docstring_starts_with_a_summary_line():
    text = (celsius_to_fahrenheit.__doc__ or "").strip()
    summary = text.splitlines()[0] if text else ""
    assert summary != "", "the docstring should start with a one-line summary"
    assert not summary.startswith(">>>"), "put the summary line before the examples"


def test_the_docstring_has_at_least_one_example():
    examples = [example for test in docstring_tests() for example in test.examples]
    assert len(examples) >= 1, "the docstring needs at least one >>> example"


def test_the_examples_in_the_docstring_are_right():
    runner = doctest.DocTestRunner()
    for test in docstring_tests():
        runner.run(test)
    # Failing examples are shown below, under "Captured stdout call".
    assert runner.failures == 0
