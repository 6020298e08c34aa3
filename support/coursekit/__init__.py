"""Helpers that the course's tests share. Exercises import them in their tests section:

    from coursekit import learner_source, assert_literal

Learners never edit this package; pylings puts it on the path of every test check.
"""

from coursekit.source import (
    assert_literal,
    assert_prediction,
    duplicated_blocks,
    function_names,
    functions_using_global,
    learner_source,
    learner_tree,
    similar_blocks,
)
from coursekit.yourtests import assert_tests_catch, assert_tests_exist, run_your_tests

__all__ = [
    "assert_literal",
    "assert_prediction",
    "assert_tests_catch",
    "assert_tests_exist",
    "duplicated_blocks",
    "function_names",
    "functions_using_global",
    "learner_source",
    "learner_tree",
    "run_your_tests",
    "similar_blocks",
]
