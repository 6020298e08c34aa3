"""Encapsulation: properties and validation.

The leading underscore in `_target` says "internal: use the public
interface". A property makes `thermostat.target = 21` run your code. Make
the setter reject targets outside 5..30 (limits included) with a
ValueError, and let `__init__` go through the property as well.
"""


class Thermostat:
    MIN_TARGET = 5
    MAX_TARGET = 30

    def __init__(self, target=20):
        # TODO: assign through the property so the value is validated.
        self._target = target

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        # TODO: raise ValueError if value is below MIN_TARGET or above MAX_TARGET.
        self._target = value

    def warmer(self, step=1):
        self.target = self.target + step


# --- tests: read them, don't change them ---

import pytest


def test_default_target():
    assert Thermostat().target == 20


def test_a_valid_target_is_stored():
    thermostat = Thermostat()
    thermostat.target = 22
    assert thermostat.target == 22


def test_the_limits_themselves_are_allowed():
    thermostat = Thermostat()
    thermostat.target = 5
    assert thermostat.target == 5
    thermostat.target = 30
    assert thermostat.target == 30


def test_too_cold_is_rejected_and_the_old_value_kept():
    thermostat = Thermostat(18)
    with pytest.raises(ValueError):
        thermostat.target = 4
    assert thermostat.target == 18


def test_too_hot_is_rejected():
    thermostat = Thermostat()
    with pytest.raises(ValueError):
        thermostat.target = 31


def test_the_constructor_validates_too():
    with pytest.raises(ValueError):
        Thermostat(45)


def test_warmer_cannot_pass_the_limit():
    thermostat = Thermostat(30)
    with pytest.raises(ValueError):
        thermostat.warmer()
    assert thermostat.target == 30
