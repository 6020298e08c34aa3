"""Predict: who sees which environment variable?

Read `main()` below and write down what it prints, line by line, in
PREDICTION. Don't run it first: work it out, then let the tests check you.
Each child program prints the value of GREETING it finds in its own
environment, or "unset".
"""
import os
import subprocess
import sys

CHILD = [sys.executable, "-c", "import os; print(os.environ.get('GREETING', 'unset'))"]


def child_says(env=None):
    result = subprocess.run(CHILD, env=env, capture_output=True, text=True, check=True)
    return result.stdout.strip()


def main():
    os.environ["GREETING"] = "hello"
    print(child_says())
    print(child_says(env={**os.environ, "GREETING": "bye"}))
    print(os.environ["GREETING"])
    print(child_says(env={}))
    os.environ["PORT"] = "8000"
    print(os.environ["PORT"] * 2)
    try:
        os.environ["WORKERS"] = 4
        print("stored")
    except TypeError:
        print("TypeError")
    print(os.environ.get("WORKERS", "no WORKERS"))


PREDICTION = """
hello
bye
hello
unset
80008000
TypeError
no WORKERS
"""


# --- tests: read them, don't change them ---
import os
import sys

import pytest
from coursekit import assert_literal, assert_prediction


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    for name in ("GREETING", "PORT", "WORKERS"):
        monkeypatch.setenv(name, "x")  # so monkeypatch puts the real value back
        monkeypatch.delenv(name)


def test_prediction_is_written_out():
    assert_literal(sys.modules[__name__], "PREDICTION")


def test_prediction(capsys):
    main()
    assert_prediction(PREDICTION, capsys.readouterr().out)
