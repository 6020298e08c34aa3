'''
In the interactive interpreter (the REPL: type `python3` alone, or `py` on
Windows) each line runs as soon as you press Enter, and when the line is an
expression, the REPL shows its value at once, written the way you would
write it in code: text keeps its quotes. The REPL also keeps the last value
it showed in the variable _ (one underscore), handy to go on from a result.
print() shows its text without quotes; it gives back no value, so it leaves
_ as it was. (len(text) is the number of characters in a text.)

A script shows nothing by itself: only what it print()s. (And _ is an
ordinary name there, with no value unless you give it one.)

Predict, without running anything:
- in REPL_PREDICTION, what the REPL shows after the lines of SESSION, one
  line for each line it shows;
- in SCRIPT_PREDICTION, what the lines of SCRIPT print when they are saved
  in a file and run as a script.
Then check: start python3 and type the lines of SESSION.
'''

SESSION = """\
price = 4
price * 3
_ + 1
print(_ * 10)
"coffee"
len(_)
"""

SCRIPT = """\
price = 4
price * 3
print(price * 10)
"coffee"
"""

# What the REPL shows, one line for each value or print()
REPL_PREDICTION = """
12
13
130
'coffee'
6
"""

# What the script prints
SCRIPT_PREDICTION = """
40
"""

# --- tests: read them, don't change them ---

import builtins
import code
import sys

import pytest


def test_predictions_are_written_out():
    from coursekit import assert_literal

    assert_literal(sys.modules[__name__], "REPL_PREDICTION")
    assert_literal(sys.modules[__name__], "SCRIPT_PREDICTION")


def test_repl_prediction(capsys, monkeypatch):
    from coursekit import assert_prediction

    monkeypatch.setattr(sys, "displayhook", sys.__displayhook__)
    monkeypatch.setattr(builtins, "_", None, raising=False)
    console = code.InteractiveConsole({})
    capsys.readouterr()
    for line in SESSION.splitlines():
        console.push(line)
    shown = capsys.readouterr().out
    if not REPL_PREDICTION.strip():
        pytest.fail("write your prediction in REPL_PREDICTION first", pytrace=False)
    assert_prediction(REPL_PREDICTION, shown)


def test_script_prediction(capsys):
    from coursekit import assert_prediction

    capsys.readouterr()
    exec(compile(SCRIPT, "script.py", "exec"), {})
    printed = capsys.readouterr().out
    if not SCRIPT_PREDICTION.strip():
        pytest.fail("write your prediction in SCRIPT_PREDICTION first", pytrace=False)
    assert_prediction(SCRIPT_PREDICTION, printed)
