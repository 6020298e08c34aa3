"""Logging errors: `logger.exception` keeps the traceback."""

import logging

logger = logging.getLogger(__name__)


def import_rows(rows):
    """Turn (name, amount_text) rows into (name, float) pairs; skip bad rows."""
    result = []
    for name, amount in rows:
        try:
            value = float(amount)
        except ValueError:
            logger.error("could not import row %r", name, exc_info=True)
        else:
            result.append((name, value))
    return result
