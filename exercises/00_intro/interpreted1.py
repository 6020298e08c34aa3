"""
Python is an interpreted language: the Python program you installed (the
interpreter) reads your file and carries it out statement by statement, from
the top. Before it starts, it reads the whole file once to check the grammar
(the syntax). So:
- a syntax error anywhere (a missing bracket, a missing colon) stops the
  program before its first line runs;
- any other error is found only when the interpreter reaches its line. The
  lines above it have already run, and nothing below it runs.

Below are two small programs, kept as text so that they don't run when this
file is checked. Read them and answer the questions by writing plain numbers.
(You may check your answers afterwards: copy a program into a file and run it.)
"""

PROGRAM_1 = """\
print("Checking the servers")
servers = 3
print("Servers:", servers)
print("Online:", online)
online = 2
print("Done")
"""

PROGRAM_2 = """\
print("Checking the servers")
servers = 3
print("Servers:", servers)
print("Online:", servers - 1
print("Done")
"""

# TODO: how many lines does PROGRAM_1 print before it stops?
PROGRAM_1_PRINTS = None

# TODO: on which line of PROGRAM_1 does it stop with an error? (The first
# line is line 1.)
PROGRAM_1_STOPS_ON_LINE = None

# TODO: how many lines does PROGRAM_2 print?
PROGRAM_2_PRINTS = None

# --- tests: read them, don't change them ---

import sys
import traceback

import pytest

NAME = "<program>"


def run(program, capsys):
    """Run a program like the interpreter does; give back the lines it printed and the
    line it stopped on (None when it ran to the end)."""
    capsys.readouterr()
    stopped_on = None
    try:
        exec(compile(program, NAME, "exec"), {})
    except SyntaxError as error:
        stopped_on = error.lineno
    except Exception as error:
        frames = traceback.extract_tb(error.__traceback__)
        stopped_on = [frame.lineno for frame in frames if frame.filename == NAME][-1]
    return capsys.readouterr().out.splitlines(), stopped_on


def test_the_answers_are_written_as_numbers():
    from coursekit import assert_literal

    for name in ["PROGRAM_1_PRINTS", "PROGRAM_1_STOPS_ON_LINE", "PROGRAM_2_PRINTS"]:
        assert_literal(sys.modules[__name__], name)
        answer = globals()[name]
        if type(answer) is not int:
            pytest.fail(f"write a whole number in {name}, not {answer!r}", pytrace=False)


def test_lines_printed_by_program_1(capsys):
    printed, _ = run(PROGRAM_1, capsys)
    if PROGRAM_1_PRINTS != len(printed):
        pytest.fail("PROGRAM_1_PRINTS is not right: follow PROGRAM_1 line by line, "
                    "and stop where Python would stop", pytrace=False)


def test_line_where_program_1_stops(capsys):
    _, stopped_on = run(PROGRAM_1, capsys)
    if PROGRAM_1_STOPS_ON_LINE != stopped_on:
        pytest.fail("PROGRAM_1_STOPS_ON_LINE is not right: on which line does Python meet "
                    "something it can't do?", pytrace=False)


def test_lines_printed_by_program_2(capsys):
    printed, _ = run(PROGRAM_2, capsys)
    if PROGRAM_2_PRINTS != len(printed):
        pytest.fail("PROGRAM_2_PRINTS is not right: what does Python do first, before it "
                    "runs line 1?", pytrace=False)
