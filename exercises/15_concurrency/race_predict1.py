"""Predict: a race condition, slowed down so you can watch it.

Two threads withdraw money from the same account. Each one reads the balance,
checks that there is enough, and writes back the new balance. Real threads
run in an order nobody controls; here threading.Event objects force one
particular order, so the program prints the same every time.
Read `main()` and write what it prints, line by line, in PREDICTION. Don't run
it first: work it out, then let the tests check you.
"""
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()


def withdraw(account, amount, name, has_read, may_go, log):
    seen = account.balance
    log.append(f"{name} sees {seen}")
    has_read.set()
    may_go.wait()
    if seen >= amount:
        account.balance = seen - amount
        log.append(f"{name} takes {amount}")
    else:
        log.append(f"{name} is refused")


def withdraw_locked(account, amount, name, has_read, may_go, log):
    with account.lock:
        withdraw(account, amount, name, has_read, may_go, log)


def run(account, job, b_reads_first):
    log = []
    a_read, a_go = threading.Event(), threading.Event()
    b_read, b_go = threading.Event(), threading.Event()
    a = threading.Thread(target=job, args=(account, 80, "A", a_read, a_go, log))
    b = threading.Thread(target=job, args=(account, 50, "B", b_read, b_go, log))
    a.start()
    a_read.wait()
    b.start()
    if b_reads_first:
        b_read.wait()
    a_go.set()
    a.join()
    b_go.set()
    b.join()
    for line in log:
        print(line)
    print("balance:", account.balance)


def main():
    print("-- without a lock")
    run(Account(100), withdraw, b_reads_first=True)
    print("-- with a lock")
    # (B can't read while A holds the lock: waiting for that would never end)
    run(Account(100), withdraw_locked, b_reads_first=False)


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
