"""The logging module: give the values to the logger, not ready-made text.

`import_batch` logs with f-strings. That builds each message's text before the
logger even looks at its level, so the DEBUG line, which is off in production,
still turns the whole batch into text every time. And every INFO message gets
a text of its own, so log tools can't group the messages of one kind.

Pass the values as arguments instead, as in `logger.info("read %d files", count)`:
the logger keeps the template in `record.msg` and the values in `record.args`,
and builds the text only when a handler really shows the message. Do it for
both messages, and keep their wording as it is.
"""

import logging

logger = logging.getLogger(__name__)


class Batch:
    def __init__(self, batch_id, rows):
        self.batch_id = batch_id
        self.rows = rows

    def __str__(self):
        return f"batch {self.batch_id} ({len(self.rows)} rows)"

    def __repr__(self):
        return f"Batch({self.batch_id!r}, {self.rows!r})"


def import_batch(batch):
    """Import the rows of `batch` that have an "id"; return how many were imported."""
    logger.debug("importing %s", batch)
    imported = [row for row in batch.rows if "id" in row]
    logger.info("batch %s: %d of %d rows imported", batch.batch_id, len(imported),
                len(batch.rows))
    return len(imported)


# --- tests: read them, don't change them ---
class WatchedBatch(Batch):
    """A Batch that counts how often it is turned into text."""

    texts = 0

    def __str__(self):
        WatchedBatch.texts += 1
        return super().__str__()

    def __repr__(self):
        WatchedBatch.texts += 1
        return super().__repr__()

    def __format__(self, spec):
        WatchedBatch.texts += 1
        return super().__format__(spec)


ROWS = [{"id": 1}, {"name": "no id"}, {"id": 3}]


def test_rows_with_an_id_are_counted():
    assert import_batch(Batch(7, ROWS)) == 2


def test_the_messages_read_as_before(caplog):
    caplog.set_level(logging.DEBUG, logger=__name__)
    import_batch(Batch(7, ROWS))
    assert [(record.levelname, record.getMessage()) for record in caplog.records] == [
        ("DEBUG", "importing batch 7 (3 rows)"),
        ("INFO", "batch 7: 2 of 3 rows imported"),
    ]


def test_no_text_is_built_for_a_message_that_is_off(caplog):
    caplog.set_level(logging.INFO, logger=__name__)
    WatchedBatch.texts = 0
    import_batch(WatchedBatch(8, ROWS))
    assert WatchedBatch.texts == 0, (
        "the batch was turned into text although DEBUG messages are off: give it to "
        "logger.debug as an argument")


def test_messages_of_one_kind_share_their_template(caplog):
    caplog.set_level(logging.INFO, logger=__name__)
    import_batch(Batch(1, ROWS))
    import_batch(Batch(2, ROWS[:1]))
    templates = {record.msg for record in caplog.records}
    assert len(templates) == 1, (
        f"two INFO messages, two templates: {sorted(templates)}. Put %s or %d where the "
        "values go and pass the values as arguments")
    assert all(record.args for record in caplog.records), "the values are not in record.args"
