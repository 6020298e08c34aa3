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
    logger.info("batch %(id)s: %(done)d of %(total)d rows imported",
                {"id": batch.batch_id, "done": len(imported), "total": len(batch.rows)})
    return len(imported)
