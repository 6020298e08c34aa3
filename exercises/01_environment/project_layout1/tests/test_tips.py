# --- tests: read them, don't change them ---
from tipcalc.tips import share, tip


def test_ten_percent_tip():
    assert tip(50, 10) == 5


def test_tip_is_rounded_to_cents():
    assert tip(33.33, 20) == 6.67


def test_bill_is_shared_evenly():
    assert share(90, 20, 4) == 27


def test_share_is_rounded_to_cents():
    assert share(10, 0, 3) == 3.33
