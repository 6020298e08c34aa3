"""Logging levels: say how serious each message is, and choose what to show.

`check_disk` logs one message about free disk space, but always at INFO. Use
the level the docstring asks for. Then make `set_verbosity` show everything
when verbose, and only WARNING and above otherwise.
"""

import logging

logger = logging.getLogger(__name__)


def check_disk(free_percent):
    """Log DEBUG from 50 % free, INFO from 20 %, WARNING below 20 %,
    ERROR below 5 %, CRITICAL at 0 %."""
    if free_percent == 0:
        logger.critical("disk full")
    elif free_percent < 5:
        logger.error("disk almost full: %d%% free", free_percent)
    elif free_percent < 20:
        logger.warning("disk space low: %d%% free", free_percent)
    elif free_percent < 50:
        logger.info("disk space fine: %d%% free", free_percent)
    else:
        logger.debug("plenty of disk space: %d%% free", free_percent)


def set_verbosity(verbose):
    """Let every message through when verbose, else only WARNING and above."""
    logger.setLevel(logging.DEBUG if verbose else logging.WARNING)


# --- tests: read them, don't change them ---
import logging

import pytest


@pytest.fixture(autouse=True)
def reset_level():
    yield
    logging.getLogger(__name__).setLevel(logging.NOTSET)


@pytest.mark.parametrize(
    "free_percent, level",
    [
        (80, "DEBUG"),
        (50, "DEBUG"),
        (49, "INFO"),
        (20, "INFO"),
        (19, "WARNING"),
        (5, "WARNING"),
        (4, "ERROR"),
        (1, "ERROR"),
        (0, "CRITICAL"),
    ],
)
def test_each_message_has_the_right_level(free_percent, level, caplog):
    set_verbosity(True)
    check_disk(free_percent)
    assert [record.levelname for record in caplog.records] == [level]


def test_verbose_shows_debug_messages(caplog):
    set_verbosity(True)
    check_disk(90)
    check_disk(30)
    assert len(caplog.records) == 2


def test_quiet_shows_only_warnings_and_worse(caplog):
    set_verbosity(False)
    for free_percent in (90, 30, 10, 3, 0):
        check_disk(free_percent)
    assert [record.levelname for record in caplog.records] == ["WARNING", "ERROR", "CRITICAL"]
