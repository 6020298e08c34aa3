from datetime import datetime, timedelta

import pytest


class FakeClock:
    """A clock the test moves by hand: clock.advance(minutes=5)."""

    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now

    def advance(self, **delta):
        self.now += timedelta(**delta)


@pytest.fixture
def clock():
    return FakeClock(datetime(2024, 5, 6, 8, 59, 30))  # a Monday
