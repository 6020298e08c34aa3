"""Refactor: one function instead of three copies.

`report()` prints a block for each of three servers, and the tests pass. But
the block is written out three times, so a change to its format means three
changes, and one is easily missed. Define a function that prints ONE block,
with parameters for what differs from server to server, and make `report()`
call it once per server. What `report()` prints must not change.
"""


def report():
    # TODO: the same block, three times: turn it into a function.
    name, load, disk = "web1", 0.42, 71
    print(f"== {name} ==")
    print(f"load {load:.0%}, disk {disk}% full")
    if load > 0.9 or disk > 90:
        print("   needs attention")

    name, load, disk = "web2", 0.97, 55
    print(f"== {name} ==")
    print(f"load {load:.0%}, disk {disk}% full")
    if load > 0.9 or disk > 90:
        print("   needs attention")

    name, load, disk = "db1", 0.15, 93
    print(f"== {name} ==")
    print(f"load {load:.0%}, disk {disk}% full")
    if load > 0.9 or disk > 90:
        print("   needs attention")


if __name__ == "__main__":
    report()


# --- tests: read them, don't change them ---

import ast
import sys

import pytest

from coursekit import duplicated_blocks, learner_tree

module = sys.modules[__name__]

REPORT = """\
== web1 ==
load 42%, disk 71% full
== web2 ==
load 97%, disk 55% full
   needs attention
== db1 ==
load 15%, disk 93% full
   needs attention
"""


def test_the_report_prints_the_same_as_before(capsys):
    report()
    assert capsys.readouterr().out == REPORT


def test_no_block_is_written_twice():
    pairs = duplicated_blocks(module)
    assert pairs == [], (
        f"lines {pairs[0][0]} and {pairs[0][1]} start the same statements: "
        "write them once, in a function")


def test_report_calls_a_function_of_yours_with_parameters():
    functions = [node for node in ast.walk(learner_tree(module))
                 if isinstance(node, ast.FunctionDef)]
    with_parameters = {
        node.name for node in functions
        if node.name != "report"
        and (node.args.posonlyargs or node.args.args or node.args.vararg
             or node.args.kwonlyargs or node.args.kwarg)
    }
    report_node = next(node for node in functions if node.name == "report")
    called = {node.func.id for node in ast.walk(report_node)
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    if not called & with_parameters:
        pytest.fail("report() should call a function you define, with parameters for "
                    "what differs from server to server", pytrace=False)
