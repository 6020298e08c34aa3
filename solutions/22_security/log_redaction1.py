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
        record.msg = redact(record.getMessage())
        record.args = ()
        return True


def install() -> None:
    """Attach the filter to the "api" logger (once)."""
    if not any(isinstance(f, RedactSecrets) for f in logger.filters):
        logger.addFilter(RedactSecrets())


def call_api(method: str, url: str, headers: dict) -> None:
    logger.debug("%s %s headers=%s", method, url, headers)


# --- tests: read them, don't change them ---
import pytest


@pytest.fixture
def log(caplog):
    for f in list(logger.filters):
        logger.removeFilter(f)
    install()
    caplog.set_level(logging.DEBUG, logger="api")
    yield caplog
    for f in list(logger.filters):
        logger.removeFilter(f)


def test_redact_replaces_the_values():
    assert redact("Authorization: Bearer abc.def") == "Authorization: [REDACTED]"
    assert redact("GET /x?user=ana&token=s3cr3t&page=2") == (
        "GET /x?user=ana&token=[REDACTED]&page=2"
    )


def test_a_header_passed_as_an_argument_is_redacted(log):
    call_api("GET", "https://api.corp/devices", {"Authorization": "Bearer tk_3f9a1c"})
    assert "tk_3f9a1c" not in log.text
    assert "[REDACTED]" in log.text
    assert "GET https://api.corp/devices" in log.text


def test_a_secret_in_the_message_itself_is_redacted(log):
    logger.info("login with password=hunter2 for ana")
    assert "hunter2" not in log.text
    assert "for ana" in log.text


def test_a_secret_in_the_url_is_redacted(log):
    call_api("POST", "https://api.corp/login?user=ana&token=9f8e7d", {})
    assert "9f8e7d" not in log.text
    assert "user=ana" in log.text


def test_records_are_kept_and_harmless_ones_unchanged(log):
    logger.info("%d devices synced from %s", 3, "ams")
    assert [r.getMessage() for r in log.records] == ["3 devices synced from ams"]


def test_every_handler_sees_the_clean_record(log):
    call_api("GET", "https://api.corp/x", {"Authorization": "Basic YWRtaW46cHc="})
    record = log.records[-1]
    assert "YWRtaW46cHc=" not in record.getMessage()
    assert "YWRtaW46cHc=" not in logging.Formatter("%(message)s").format(record)
