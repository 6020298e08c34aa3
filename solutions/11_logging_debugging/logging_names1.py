"""Named loggers: log through `logging.getLogger(__name__)`, not the root logger.

`load_config` logs with `logging.info(...)`, which goes through the root logger:
nobody can tell which module spoke, or quiet this module on its own. Create a
module-level logger named after the module and send every message through it.
"""

import logging

logger = logging.getLogger(__name__)


def load_config(text):
    """Parse "key = value" lines into a dict, skipping blanks and # comments."""
    config = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            logger.debug("skipping line %r", line)
            continue
        key, _, value = line.partition("=")
        config[key.strip()] = value.strip()
    logger.info("loaded %d settings", len(config))
    return config


# --- tests: read them, don't change them ---
import logging

import pytest

CONFIG = """
# shop settings
currency = EUR
tax = 0.2
"""


@pytest.fixture(autouse=True)
def reset_level():
    yield
    logging.getLogger(__name__).setLevel(logging.NOTSET)


def test_config_is_parsed():
    assert load_config(CONFIG) == {"currency": "EUR", "tax": "0.2"}


def test_messages_come_from_this_modules_logger(caplog):
    caplog.set_level(logging.DEBUG)
    load_config(CONFIG)
    assert {record.name for record in caplog.records} == {__name__}


def test_this_module_can_be_quieted_on_its_own(caplog):
    caplog.set_level(logging.DEBUG)
    logging.getLogger(__name__).setLevel(logging.WARNING)
    load_config(CONFIG)
    logging.getLogger("another.module").info("still heard")
    assert [record.getMessage() for record in caplog.records] == ["still heard"]
