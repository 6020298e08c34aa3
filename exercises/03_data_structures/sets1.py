"""Sets: unique values and comparing groups.

Each day's visits to a website are a list of visitor IP addresses, with
repeats. Fix `unique_visitors` to count each address once, and make
`new_visitors` and `returning_visitors` return SETS of addresses: the ones seen
today but not yesterday, and the ones seen on both days.
"""


def unique_visitors(ips):
    """How many different addresses are in `ips`."""
    # TODO: count every address only once.
    return len(ips)


def new_visitors(yesterday, today):
    """The addresses in `today` that are not in `yesterday`."""
    # TODO: leave out the addresses that were already there yesterday.
    return set(today)


def returning_visitors(yesterday, today):
    """The addresses that are in both `yesterday` and `today`."""
    # TODO: keep only the addresses the two days have in common.
    return set()


# --- tests: read them, don't change them ---

YESTERDAY = ["10.0.0.1", "10.0.0.2", "10.0.0.1", "10.0.0.3"]
TODAY = ["10.0.0.2", "10.0.0.4", "10.0.0.4", "10.0.0.5", "10.0.0.2"]


def test_unique_visitors_counts_repeats_once():
    assert unique_visitors(YESTERDAY) == 3


def test_unique_visitors_of_an_empty_day():
    assert unique_visitors([]) == 0


def test_new_visitors_were_not_seen_yesterday():
    assert new_visitors(YESTERDAY, TODAY) == {"10.0.0.4", "10.0.0.5"}


def test_no_new_visitors_when_everyone_came_back():
    assert new_visitors(YESTERDAY, ["10.0.0.3", "10.0.0.1"]) == set()


def test_returning_visitors_were_seen_on_both_days():
    assert returning_visitors(YESTERDAY, TODAY) == {"10.0.0.2"}


def test_returning_visitors_of_two_different_days():
    assert returning_visitors(["10.0.0.1"], ["10.0.0.9"]) == set()
