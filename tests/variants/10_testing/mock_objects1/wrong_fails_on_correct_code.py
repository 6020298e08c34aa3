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
    assert send_reminders(INVOICES, mailer, TODAY) == 2
    assert mailer.send.call_count == 2
    mailer.send.assert_called_with(to="ed@example.com", subject="Invoice 5 is overdue")
