import pytest

import alerts
import settings


@pytest.fixture(autouse=True)
def level_back_to_warning():
    settings.set_level("WARNING")
    yield
    settings.set_level("WARNING")


def test_default_level():
    assert [alerts.should_send(s) for s in settings.LEVELS] == [False, False, True, True, True]


def test_follows_a_higher_level():
    settings.set_level("ERROR")
    assert alerts.should_send("WARNING") is False
    assert alerts.should_send("ERROR") is True
    assert alerts.should_send("CRITICAL") is True


def test_follows_a_lower_level():
    settings.set_level("DEBUG")
    assert alerts.should_send("INFO") is True
    assert alerts.should_send("DEBUG") is True


def test_follows_every_change():
    seen = []
    for level in ["CRITICAL", "INFO", "ERROR"]:
        settings.set_level(level)
        seen.append(alerts.should_send("WARNING"))
    assert seen == [False, True, False]
