"""Logging errors: `logger.exception` keeps the traceback."""

import logging
import traceback

logger = logging.getLogger(__name__)


def import_rows(rows):
    """Turn (name, amount_text) rows into (name, float) pairs; skip bad rows."""
    result = []
    for name, amount in rows:
        try:
            result.append((name, float(amount)))
        except ValueError:
            logger.error("skipping row %s\n%s", name, traceback.format_exc())
    return result
