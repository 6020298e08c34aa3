"""Comprehensions: build a list in one expression.

Names typed into a sign-up form arrive messy: extra spaces, odd capitals, and
empty entries. `clean_names(raw)` must return the names stripped and
title-cased, leaving out entries that are empty (or only spaces). Write it as
a list comprehension, not a `for` statement: a comprehension can filter as
well as transform.
"""


def clean_names(raw):
    # TODO: leave out the entries that are empty once stripped.
    return [name.strip().title() for name in raw]


# --- tests: read them, don't change them ---

import ast
import sys

from coursekit import learner_tree


def comprehension_problem(name):
    tree = learner_tree(sys.modules[__name__])
    functions = [node for node in tree.body
                 if isinstance(node, ast.FunctionDef) and node.name == name]
    if not functions:
        return f"{name} is missing"
    inside = list(ast.walk(functions[0]))
    if any(isinstance(node, (ast.For, ast.While)) for node in inside):
        return f"{name} has a loop statement: write it as a list comprehension instead"
    if not any(isinstance(node, ast.ListComp) for node in inside):
        return f"{name} needs a list comprehension: [... for ... in ...]"
    return None


def test_names_are_stripped_and_title_cased():
    assert clean_names(["  ada lovelace ", "GRACE"]) == ["Ada Lovelace", "Grace"]


def test_empty_entries_are_left_out():
    assert clean_names(["linus", "", "guido"]) == ["Linus", "Guido"]


def test_entries_of_only_spaces_are_left_out():
    assert clean_names(["   ", "margaret", "\t"]) == ["Margaret"]


def test_order_is_kept():
    assert clean_names(["zoe", "amy", "max"]) == ["Zoe", "Amy", "Max"]


def test_no_names():
    assert clean_names([]) == []


def test_clean_names_is_a_list_comprehension():
    problem = comprehension_problem("clean_names")
    assert problem is None, problem
