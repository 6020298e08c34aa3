"""Handling secrets: keep them out of the logs.

Logs are copied to log servers, attached to tickets and read by many people. The API client
below logs every request at DEBUG level, headers included, and so writes each token into the
log. Write `RedactSecrets`, a logging filter for the "api" logger: it rewrites each record so
that the value of an `Authorization` header and of `password=`/`token=` settings reads
`[REDACTED]`, wherever they appear in the final message. Keep everything else of the message.
A filter's `filter(record)` method may change the record; it returns True to keep it.
"""
import logging
import re

logger = logging.getLogger("api")

PATTERNS = [
    re.compile(r"(Authorization['\"]?\s*[:=]\s*['\"]?)(?:Bearer |Basic )?[^'\",\s}]+", re.I),
    re.compile(r"((?:password|token)=)[^&\s'\"]+", re.I),
]


def redact(text: str) -> str:
    """`text` with every secret the PATTERNS find replaced by [REDACTED]."""
    for pattern in PATTERNS:
        text = pattern.sub(r"\1[REDACTED]", text)
    return text


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(str(record.msg))
        record.args = tuple(redact(str(arg)) for arg in record.args)
        return True


def install() -> None:
    """Attach the filter to the "api" logger (once)."""
    if not any(isinstance(f, RedactSecrets) for f in logger.filters):
        logger.addFilter(RedactSecrets())


def call_api(method: str, url: str, headers: dict) -> None:
    logger.debug("%s %s headers=%s", method, url, headers)


