"""Predict: every process has memory of its own.

Threads share one memory; processes don't. A child process starts with its
own copy of the program (copied from the parent, or imported afresh, depending
on the platform), so what it changes stays in the child. Only what it sends
back - the return value of work given to a pool, an exception, an item put on
a multiprocessing.Queue, its exit code - reaches the parent.
Read `main()` and write what it prints, line by line, in PREDICTION. Don't run
it first: work it out, then let the tests check you.
"""
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor

counter = {"runs": 0}


def bump(n):
    counter["runs"] += n
    return counter["runs"]


def send_runs(queue):
    bump(100)
    queue.put(counter["runs"])


def main():
    child = multiprocessing.Process(target=bump, args=(5,))
    child.start()
    child.join()
    print("parent after the child:", counter["runs"])
    print("child exit code:", child.exitcode)

    quitter = multiprocessing.Process(target=sys.exit, args=(3,))
    quitter.start()
    quitter.join()
    print("quitter exit code:", quitter.exitcode)

    with ProcessPoolExecutor(max_workers=1) as pool:
        print("pool results:", list(pool.map(bump, [1, 2, 3])))
        try:
            pool.submit(int, "ten").result()
        except ValueError:
            print("the ValueError came back")
    print("parent after the pool:", counter["runs"])

    queue = multiprocessing.Queue()
    sender = multiprocessing.Process(target=send_runs, args=(queue,))
    sender.start()
    print("sent by the child:", queue.get(timeout=10))
    sender.join()


# TODO: write what main() prints, one line per print()
PREDICTION = """
"""


# --- tests: read them, don't change them ---
import sys

from coursekit import assert_literal, assert_prediction


def test_prediction_is_written_out():
    assert_literal(sys.modules[__name__], "PREDICTION")


def test_prediction(capsys):
    main()
    assert_prediction(PREDICTION, capsys.readouterr().out)
