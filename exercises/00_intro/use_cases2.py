"""
Data: Python is the language most used to work with data, from a quick
average to machine learning. Even without installing anything, the
standard library's `statistics` module does the usual sums:
  statistics.mean(numbers)     the average: the sum divided by how many
  statistics.median(numbers)   the middle value once they are sorted (with an
                               even count, the average of the two middle ones)
  max(numbers)                 the largest (a built-in, no import needed)

A web team measured how long their server took to answer some requests, in
milliseconds: TIMES_MS is a list of those numbers (in square brackets,
separated by commas). One very slow request makes the average look bad; the median
shows what a typical request takes. Fill in the three values. The tests also
run your lines with other measurements.
"""

import statistics

TIMES_MS = [120, 95, 310, 101, 99, 2400, 105]

# TODO: the average time
average = 0

# TODO: the median time
median = 0

# TODO: the slowest time
slowest = 0

print("Average:", average, "ms")
print("Median:", median, "ms")
print("Slowest:", slowest, "ms")

# --- tests: read them, don't change them ---

import ast
import sys

import pytest


def run_with(capsys, **values):
    """Run your program again with other values in its first lines; give back its variables."""
    from coursekit import learner_tree

    tree = learner_tree(sys.modules[__name__])
    for name, value in values.items():
        line = next((line for line in tree.body if isinstance(line, ast.Assign)
                     and ast.unparse(line.targets[0]) == name), None)
        assert line, f"keep the line that sets {name} at the top of your program"
        line.value = ast.copy_location(ast.parse(repr(value), mode="eval").body, line.value)
    ast.fix_missing_locations(tree)
    variables = {"__name__": "__main__"}
    capsys.readouterr()
    exec(compile(tree, __file__, "exec"), variables)
    variables["printed"] = capsys.readouterr().out.splitlines()
    return variables


MEASUREMENTS = [
    [120, 95, 310, 101, 99, 2400, 105],
    [80, 40, 95, 65],
    [12, 30, 18],
    [250],
]


def test_average(capsys):
    for times in MEASUREMENTS:
        average = run_with(capsys, TIMES_MS=times)["average"]
        assert average == pytest.approx(sum(times) / len(times)), f"the average of {times}"


def test_median(capsys):
    for times, expected in zip(MEASUREMENTS, [105, 72.5, 18, 250]):
        median = run_with(capsys, TIMES_MS=times)["median"]
        assert median == pytest.approx(expected), f"the median of {times}"


def test_slowest(capsys):
    for times, expected in zip(MEASUREMENTS, [2400, 95, 30, 250]):
        slowest = run_with(capsys, TIMES_MS=times)["slowest"]
        assert slowest == expected, f"the slowest of {times}"
