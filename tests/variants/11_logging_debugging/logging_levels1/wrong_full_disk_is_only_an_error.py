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
        logger.error("disk full")
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


