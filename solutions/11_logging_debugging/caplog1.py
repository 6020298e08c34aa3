"""Capturing logs in tests: pytest's `caplog` fixture.

`check_certificate` is correct, and all it does is log, so its tests must look
at what it logged. A test that takes the parameter `caplog` finds every record
logged during the test in `caplog.records`; a record has `.levelname` (such as
"WARNING"), `.name` (the logger's name) and `.getMessage()` (the text). A message
below its logger's level never becomes a record: `caplog.set_level(logging.DEBUG)`
lets everything through, for one test. Write the tests of the TODOs; like the
first one, each checks both the level and the text of what was logged.
"""

import logging

logger = logging.getLogger(__name__)


def check_certificate(host, days_left):
    """Log one message about the TLS certificate of `host`:
    ERROR "HOST: certificate expired N days ago" when days_left is below 0,
    WARNING "HOST: certificate expires in N days" from 0 to 14 days,
    DEBUG "HOST: certificate ok" when it has more than 14 days left."""
    if days_left < 0:
        logger.error("%s: certificate expired %d days ago", host, -days_left)
    elif days_left <= 14:
        logger.warning("%s: certificate expires in %d days", host, days_left)
    else:
        logger.debug("%s: certificate ok", host)


def test_an_expired_certificate_is_an_error(caplog):
    check_certificate("shop.example", -3)
    assert [(record.levelname, record.getMessage()) for record in caplog.records] == [
        ("ERROR", "shop.example: certificate expired 3 days ago"),
    ]


def test_fourteen_days_left_is_a_warning(caplog):
    check_certificate("shop.example", 14)
    assert [(record.levelname, record.getMessage()) for record in caplog.records] == [
        ("WARNING", "shop.example: certificate expires in 14 days"),
    ]


def test_expiring_today_is_a_warning(caplog):
    check_certificate("api.example", 0)
    assert [(record.levelname, record.getMessage()) for record in caplog.records] == [
        ("WARNING", "api.example: certificate expires in 0 days"),
    ]


def test_a_good_certificate_gives_only_a_debug_message(caplog):
    caplog.set_level(logging.DEBUG)
    check_certificate("shop.example", 90)
    assert [(record.levelname, record.getMessage()) for record in caplog.records] == [
        ("DEBUG", "shop.example: certificate ok"),
    ]


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the `check_certificate` above. Then
# each broken `check_certificate` below is put in its place in turn, and your tests
# run again: for every one of them at least one of your tests must fail, or that
# bug would slip through.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def make_broken(warn_from=0, warn_to=14, ok_level=logging.DEBUG, warning="{host}: "):
    def broken_check_certificate(host, days_left):
        if days_left < warn_from:
            logger.error("%s: certificate expired %d days ago", host, -days_left)
        elif days_left <= warn_to:
            logger.warning(warning.format(host=host) + "certificate expires in %d days",
                           days_left)
        else:
            logger.log(ok_level, "%s: certificate ok", host)
    return broken_check_certificate


BROKEN = {
    "a check_certificate that stops warning at 13 days": make_broken(warn_to=13),
    "a check_certificate that calls 0 days left expired": make_broken(warn_from=1),
    "a check_certificate whose warning doesn't name the host": make_broken(warning=""),
    "a check_certificate that logs a good certificate at INFO": make_broken(ok_level=logging.INFO),
    "a check_certificate that logs a good certificate at WARNING":
        make_broken(ok_level=logging.WARNING),
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "check_certificate"): BROKEN[bug]}, bug)
