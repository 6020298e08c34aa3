"""Logging levels per logger: quiet one part of a program, make another talk.

A program's settings say how much each part of it should log, for example
{"": "WARNING", "shop.db": "DEBUG", "shop.web": "ERROR"}: the key "" is the root
logger, every other key is a logger's name, and the value is a level name, in
any case ("debug" works too). `configure_levels` should give each named logger
its level. A logger that is not in the settings keeps no level of its own, so
it follows its parent: "shop.db.pool" does what "shop.db" does. An unknown level
name raises ValueError.
"""

import logging


def configure_levels(settings):
    """Set the level of each logger named in `settings`."""
    for name, level in settings.items():
        logging.getLogger(name).setLevel(level.upper())


# --- tests: read them, don't change them ---
import pytest

NAMES = ["shop", "shop.db", "shop.db.pool", "shop.web"]
LEVELS = [logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL]


@pytest.fixture(autouse=True)
def levels_put_back():
    loggers = [logging.getLogger()] + [logging.getLogger(name) for name in NAMES]
    saved = [(logger, logger.level) for logger in loggers]
    yield
    for logger, level in saved:
        logger.setLevel(level)


def lowest_level_let_through(caplog):
    """Logs one message per level on each logger; returns, per logger, the name of the
    lowest level that got through."""
    caplog.clear()
    for name in ["root"] + NAMES:
        logger = logging.getLogger(None if name == "root" else name)
        for level in LEVELS:
            logger.log(level, "a message")
    lowest = {}
    for record in caplog.records:
        if record.name not in lowest:
            lowest[record.name] = record.levelname
    return lowest


def test_each_logger_gets_its_own_level(caplog):
    configure_levels({"": "WARNING", "shop.db": "DEBUG", "shop.web": "ERROR"})
    assert lowest_level_let_through(caplog) == {
        "root": "WARNING",
        "shop": "WARNING",
        "shop.db": "DEBUG",
        "shop.db.pool": "DEBUG",
        "shop.web": "ERROR",
    }


def test_level_names_in_any_case(caplog):
    configure_levels({"shop": "info", "": "Error"})
    assert lowest_level_let_through(caplog) == {
        "root": "ERROR",
        "shop": "INFO",
        "shop.db": "INFO",
        "shop.db.pool": "INFO",
        "shop.web": "INFO",
    }


def test_unknown_level_names_are_refused():
    with pytest.raises(ValueError):
        configure_levels({"shop": "LOUD"})
