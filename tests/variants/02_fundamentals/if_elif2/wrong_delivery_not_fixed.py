"""
`or` joins two whole conditions: each side is a test of its own. So
    colour == "red" or "blue"
does not mean "colour is red or blue". It means (colour == "red") or
("blue"), and "blue", a non-empty text, is always truthy: the condition is
true for every colour. Write each comparison out in full:
    colour == "red" or colour == "blue"

The shop's two functions below both make this mistake. Fix them:
- delivery_days(country): 1 day for "NL", 2 days for "BE" and "DE", 5 days
  for every other country;
- wants_receipt(answer): True when the customer answered "y" or "yes",
  False for any other answer.
"""


def delivery_days(country):
    """Return how many days a parcel takes to `country` (a code such as "NL")."""
    if country == "NL":
        return 1
    elif country == "BE" or "DE":
        return 2
    else:
        return 5


def wants_receipt(answer):
    """Return True when the answer is "y" or "yes"."""
    if answer == "y" or answer == "yes":
        return True
    return False
