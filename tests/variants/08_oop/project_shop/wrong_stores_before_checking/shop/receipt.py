"""Step 5: the receipt, the text a customer takes home."""


def euros(cents):
    return f"{cents / 100:.2f}"


class Receipt:
    """The receipt of a cart, with the discounts that apply to it."""

    def __init__(self, cart, discounts=()):
        self.cart = cart
        self.discounts = list(discounts)

    def lines(self):
        """The lines of the receipt, in this order:
        - one line per cart line: "2 x Green tea @ 3.50 = 7.00";
        - "Subtotal: 11.20";
        - one line per discount that takes something off: "10% off: -1.12"
          (the discount's str(), then the amount), in the order given;
        - "Total: 10.08".
        """
        lines = []
        for line in self.cart:
            lines.append(
                f"{line.quantity} x {line.product.name} @ {euros(line.product.price_cents)}"
                f" = {euros(line.total_cents)}"
            )
        lines.append(f"Subtotal: {euros(self.cart.subtotal_cents())}")
        for discount in self.discounts:
            amount = discount.amount_cents(self.cart)
            if amount > 0:
                lines.append(f"{discount}: -{euros(amount)}")
        lines.append(f"Total: {euros(self.cart.total_cents(self.discounts))}")
        return lines

    def __str__(self):
        return "\n".join(self.lines())
