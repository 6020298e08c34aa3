"""Logging levels: say how serious each message is, and choose what to show."""

import logging

logger = logging.getLogger(__name__)

THRESHOLDS = [
    (50, logging.DEBUG),
    (20, logging.INFO),
    (5, logging.WARNING),
    (1, logging.ERROR),
    (0, logging.CRITICAL),
]


def check_disk(free_percent):
    """Log DEBUG from 50 % free, INFO from 20 %, WARNING below 20 %,
    ERROR below 5 %, CRITICAL at 0 %."""
    for lowest, level in THRESHOLDS:
        if free_percent >= lowest:
            logger.log(level, "%d%% of the disk is free", free_percent)
            return


def set_verbosity(verbose):
    """Let every message through when verbose, else only WARNING and above."""
    if verbose:
        logger.setLevel("DEBUG")
    else:
        logger.setLevel("WARNING")
