"""Logging errors: `logger.exception` keeps the traceback.

`import_rows` skips rows it cannot convert and carries on. For each skipped row
it should log an ERROR that names the row AND carries the traceback, so the
log shows what went wrong and where. Inside the except block, that is one call.
"""

import logging

logger = logging.getLogger(__name__)


def import_rows(rows):
    """Turn (name, amount_text) rows into (name, float) pairs; skip bad rows."""
    result = []
    for name, amount in rows:
        try:
            result.append((name, float(amount)))
        except ValueError:
            logger.exception(f"row {name!r} has a bad amount {amount!r}")
    return result


