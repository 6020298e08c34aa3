"""Mocking with `unittest.mock`: a stand-in that records how it was used.

`send_reminders` is correct. Its `mailer` sends real e-mails, which a test must
never do. A `Mock()` accepts any call and remembers it, so it can stand in for
the mailer; afterwards `mailer.send.call_count`, `mailer.send.call_args_list`,
`mailer.send.assert_called_once_with(...)` and `mailer.send.assert_not_called()`
tell what the code did with it. `Mock(side_effect=[...])` makes its calls raise
or return the items of a list, one per call. Write the tests of the TODOs; a
Mock is the easiest mailer for them.
"""

from datetime import date
from unittest.mock import Mock, call


def send_reminders(invoices, mailer, today):
    """Send one reminder per unpaid invoice that was due before `today`, by calling
    mailer.send(to=EMAIL, subject="Invoice ID is overdue"). When a send raises
    ConnectionError, that reminder is skipped and the others are still sent.
    Return how many reminders were sent."""
    sent = 0
    for invoice in invoices:
        if invoice["paid"] or invoice["due"] >= today:
            continue
        try:
            mailer.send(to=invoice["email"], subject=f"Invoice {invoice['id']} is overdue")
        except ConnectionError:
            continue
        sent += 1
    return sent


TODAY = date(2024, 5, 10)
INVOICES = [
    {"id": 1, "email": "ada@example.com", "due": date(2024, 5, 1), "paid": False},
    {"id": 2, "email": "bob@example.com", "due": date(2024, 5, 2), "paid": True},
    {"id": 3, "email": "cy@example.com", "due": date(2024, 5, 10), "paid": False},
    {"id": 4, "email": "di@example.com", "due": date(2024, 6, 1), "paid": False},
    {"id": 5, "email": "ed@example.com", "due": date(2024, 4, 2), "paid": False},
]


def test_nothing_is_sent_when_everything_is_paid():
    mailer = Mock()
    paid = [invoice | {"paid": True} for invoice in INVOICES]
    send_reminders(paid, mailer, TODAY)
    mailer.send.assert_not_called()


def test_a_reminder_for_each_overdue_unpaid_invoice():
    mailer = Mock()
    assert send_reminders(INVOICES, mailer, TODAY) == 2
    assert mailer.send.call_args_list == [
        call(to="ada@example.com", subject="Invoice 1 is overdue"),
        call(to="ed@example.com", subject="Invoice 5 is overdue"),
    ]


def test_a_failed_send_is_skipped_and_not_counted():
    mailer = Mock()
    mailer.send.side_effect = [ConnectionError("server down"), None]
    assert send_reminders(INVOICES, mailer, TODAY) == 1
    assert mailer.send.call_count == 2
    mailer.send.assert_called_with(to="ed@example.com", subject="Invoice 5 is overdue")


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the `send_reminders` above. Then each
# broken `send_reminders` below is put in its place in turn, and your tests run
# again: for every one of them at least one of your tests must fail, or that bug
# would slip through.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def make_broken(overdue=None, subject="Invoice {id} is overdue", times=1,
                count_failures=False, catch=True, result=True):
    def is_overdue(invoice, today):
        return not invoice["paid"] and invoice["due"] < today

    def broken_send_reminders(invoices, mailer, today):
        sent = 0
        for invoice in invoices:
            if not (overdue or is_overdue)(invoice, today):
                continue
            for _ in range(times):
                try:
                    mailer.send(to=invoice["email"], subject=subject.format(**invoice))
                except ConnectionError:
                    if not catch:
                        raise
                    if count_failures:
                        sent += 1
                    continue
                sent += 1
        return sent if result else None
    return broken_send_reminders


BROKEN = {
    "a send_reminders that also reminds paid invoices":
        make_broken(overdue=lambda invoice, today: invoice["due"] < today),
    "a send_reminders that reminds invoices due today":
        make_broken(overdue=lambda invoice, today: not invoice["paid"]
                    and invoice["due"] <= today),
    "a send_reminders whose subject lacks the invoice number":
        make_broken(subject="Your invoice is overdue"),
    "a send_reminders that sends every reminder twice": make_broken(times=2),
    "a send_reminders that returns None": make_broken(result=False),
    "a send_reminders that counts a reminder that failed": make_broken(count_failures=True),
    "a send_reminders that stops at the first ConnectionError": make_broken(catch=False),
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "send_reminders"): BROKEN[bug]}, bug)
