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
        except ValueError as error:
            # TODO: this line loses the traceback
            logger.error("skipping row %s: %s", name, error)
    return result


# --- tests: read them, don't change them ---
import logging

ROWS = [("ada", "12.5"), ("bob", "twelve"), ("cy", "3")]


def test_good_rows_are_imported():
    assert import_rows(ROWS) == [("ada", 12.5), ("cy", 3.0)]


def test_one_error_is_logged_per_bad_row(caplog):
    import_rows(ROWS)
    errors = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert len(errors) == 1
    assert "bob" in errors[0].getMessage()


def test_the_error_carries_its_traceback(caplog):
    import_rows(ROWS)
    (record,) = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert record.exc_info is not None, "the log record has no exception attached"
    assert record.exc_info[0] is ValueError
    assert "Traceback (most recent call last)" in caplog.text
