"""Why testing matters: tests make a change safe.

`summary` works, and the tests below prove it: they pass now. But the counting
is written twice, once per status, and a third status is planned. Remove the
copy: write the counting once (in a function of your own, or in a loop over the
statuses) and use it for both lines. The tests are your safety net: run them
after every step, and they tell you at once when a change broke something.
"""


def count_and_total(invoices, status):
    """How many invoices have `status`, and the sum of their amounts."""
    count = 0
    total = 0.0
    for invoice in invoices:
        if invoice["status"] == status:
            count += 1
            total += invoice["amount"]
    return count, total


def summary(invoices):
    """One line per status, "paid" first, then "open": how many invoices have that
    status and the sum of their amounts. Other statuses are left out."""
    paid_count, paid_total = count_and_total(invoices, "paid")
    open_count, open_total = count_and_total(invoices, "open")
    return (
        f"paid: {paid_count} invoice(s), {paid_total:.2f} EUR\n"
        f"open: {open_count} invoice(s), {open_total:.2f} EUR"
    )
