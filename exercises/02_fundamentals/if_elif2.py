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
    elif country == "BE" or "DE":  # TODO: compare country with each code
        return 2
    else:
        return 5


def wants_receipt(answer):
    """Return True when the answer is "y" or "yes"."""
    if answer == "y" or "yes":  # TODO: compare answer with each word
        return True
    return False


# --- tests: read them, don't change them ---


def test_netherlands_takes_one_day():
    assert delivery_days("NL") == 1


def test_belgium_and_germany_take_two_days():
    assert delivery_days("BE") == 2
    assert delivery_days("DE") == 2


def test_other_countries_take_five_days():
    for country in ["FR", "US", "DK"]:
        assert delivery_days(country) == 5, f"for {country}"


def test_yes_and_y_want_a_receipt():
    assert wants_receipt("y") is True
    assert wants_receipt("yes") is True


def test_other_answers_dont():
    for answer in ["n", "no", "", "maybe"]:
        assert wants_receipt(answer) is False, f"for the answer {answer!r}"
