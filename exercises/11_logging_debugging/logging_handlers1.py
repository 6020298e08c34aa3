"""Handlers and formatters: where log lines go and what they look like.

`setup_logging` should write every message (DEBUG and up) to the log file, and
only WARNING and up to the console stream. Both use the format
`LEVEL name: message`, for example `WARNING shop: stock low`.
"""

import logging


def setup_logging(log_file, console):
    """Configure and return the "shop" logger; `console` is a text stream."""
    logger = logging.getLogger("shop")
    logger.setLevel(logging.DEBUG)
    # TODO: make the lines look like "WARNING shop: stock low"
    formatter = logging.Formatter("%(message)s")

    file_handler = logging.FileHandler(log_file, encoding="utf-8")
    file_handler.setFormatter(formatter)
    logger.addHandler(file_handler)

    console_handler = logging.StreamHandler(console)
    # TODO: the console wants only WARNING and up, in the same format
    logger.addHandler(console_handler)
    return logger


# --- tests: read them, don't change them ---
import io
import logging

import pytest


@pytest.fixture
def shop(tmp_path):
    log_file = tmp_path / "shop.log"
    console = io.StringIO()
    logger = setup_logging(log_file, console)
    yield logger, log_file, console
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    logger.setLevel(logging.NOTSET)


def test_console_shows_warnings_in_the_format(shop):
    logger, log_file, console = shop
    logger.warning("stock low")
    assert console.getvalue() == "WARNING shop: stock low\n"


def test_console_hides_debug_and_info(shop):
    logger, log_file, console = shop
    logger.debug("checking stock")
    logger.info("order received")
    logger.error("payment failed")
    assert console.getvalue() == "ERROR shop: payment failed\n"


def test_file_gets_every_message_in_the_format(shop):
    logger, log_file, console = shop
    logger.debug("checking stock")
    logger.info("order received")
    logger.warning("stock low")
    assert log_file.read_text(encoding="utf-8").splitlines() == [
        "DEBUG shop: checking stock",
        "INFO shop: order received",
        "WARNING shop: stock low",
    ]
