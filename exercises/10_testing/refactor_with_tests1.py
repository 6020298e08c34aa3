"""Why testing matters: tests make a change safe.

`summary` works, and the tests below prove it: they pass now. But the counting
is written twice, once per status, and a third status is planned. Remove the
copy: write the counting once (in a function of your own, or in a loop over the
statuses) and use it for both lines. The tests are your safety net: run them
after every step, and they tell you at once when a change broke something.
"""


def summary(invoices):
    """One line per status, "paid" first, then "open": how many invoices have that
    status and the sum of their amounts. Other statuses are left out."""
    lines = []
    # TODO: this block and the next one do the same thing
    count = 0
    total = 0.0
    for invoice in invoices:
        if invoice["status"] == "paid":
            count += 1
            total += invoice["amount"]
    lines.append(f"paid: {count} invoice(s), {total:.2f} EUR")
    count = 0
    total = 0.0
    for invoice in invoices:
        if invoice["status"] == "open":
            count += 1
            total += invoice["amount"]
    lines.append(f"open: {count} invoice(s), {total:.2f} EUR")
    return "\n".join(lines)


# --- tests: read them, don't change them ---
import sys

from coursekit import similar_blocks

INVOICES = [
    {"status": "open", "amount": 20.0},
    {"status": "paid", "amount": 100.5},
    {"status": "draft", "amount": 999.0},
    {"status": "paid", "amount": 50.0},
]


def test_summary_of_some_invoices():
    assert summary(INVOICES) == (
        "paid: 2 invoice(s), 150.50 EUR\n"
        "open: 1 invoice(s), 20.00 EUR"
    )


def test_summary_of_no_invoices():
    assert summary([]) == "paid: 0 invoice(s), 0.00 EUR\nopen: 0 invoice(s), 0.00 EUR"


def test_paid_comes_first_whatever_the_order():
    assert summary(list(reversed(INVOICES))).splitlines()[0].startswith("paid: 2 ")


def test_the_counting_is_written_once():
    copies = similar_blocks(sys.modules[__name__])
    assert not copies, (
        f"lines {copies[0][0]} and {copies[0][1]} still do the same thing: write that "
        "code once and use it for both statuses")
