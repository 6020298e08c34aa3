"""PostgreSQL / MySQL connectors: connection errors.

sqlite3 opens a file; psycopg talks to a server, which may be restarting, unreachable, or
refusing you. psycopg reports all of that as `psycopg.OperationalError` (a subclass of
`psycopg.Error`), while a mistake in your own connection string is a
`psycopg.ProgrammingError`: retrying can't fix that one. Fix `connect_with_retry`: retry
only on OperationalError, wait `delay` seconds between attempts (not after the last one), and
when every attempt failed, raise the last error instead of returning None.
"""
import time

import psycopg


def connect_with_retry(
    url: str, attempts: int = 3, delay: float = 0.5, sleep=time.sleep
) -> psycopg.Connection:
    """Connect to `url`, trying up to `attempts` times in all."""
    try:
        return psycopg.connect(url, connect_timeout=2)
    except psycopg.OperationalError:
        sleep(delay)
        raise
