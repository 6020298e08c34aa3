"""Quiz: receiving configuration backups safely.

Network devices push their running configuration to `receive_backup`, with a shared token.
The code works, and is unsafe in six places. Fix it so that:
1. The expected token comes from the environment variable BACKUP_TOKEN, with no fallback:
   unset or empty raises MissingSecret.
2. The device's token is compared with `hmac.compare_digest`; a wrong one raises
   PermissionError.
3. `device` must be 1 to 63 characters of a-z, 0-9 and "-", not starting with "-"; anything
   else raises InvalidInput. It names the file `<device>.cfg` directly in `store`.
4. The file holds passwords: it is created with mode 0o600 (never readable by others, not
   even for a moment); a newer backup replaces the older one.
5. Every backup is recorded in the `backups` table, with SQL parameters.
6. The log line names the device and the size, and never shows the token.
"""
import hmac
import logging
import os
import re
import sqlite3
from pathlib import Path

logger = logging.getLogger("backups")


class MissingSecret(Exception):
    pass


class InvalidInput(ValueError):
    pass


def expected_token() -> str:
    return os.environ.get("BACKUP_TOKEN", "changeme")


def receive_backup(
    conn: sqlite3.Connection, store: Path, device: str, token: str, config: str
) -> Path:
    """Check the token and the device name, save the config, record and log it."""
    if token != expected_token():
        raise PermissionError("bad token")
    if "/" in device or device.startswith("."):
        raise InvalidInput(f"bad device name: {device!r}")
    path = store / f"{device}.cfg"
    path.write_text(config)
    with conn:
        conn.execute(
            f"INSERT INTO backups (device, size) VALUES ('{device}', {len(config)})"
        )
    logger.info("backup from %s with token %s: %d bytes", device, token, len(config))
    return path


# --- tests: read them, don't change them ---
import hmac
import stat
import sys

import pytest

from coursekit import learner_source

TOKEN = "bk_5e1f0c9d2a"
CONFIG = "hostname sw-ams-01\nenable secret 5 $1$abc$xyz\n"


class SpyCursor(sqlite3.Cursor):
    def execute(self, sql, parameters=(), /):
        self.connection.sql_texts.append(sql)
        return super().execute(sql, parameters)


class SpyConnection(sqlite3.Connection):
    """Remembers every SQL text your code runs."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sql_texts = []

    def cursor(self, factory=SpyCursor):
        return super().cursor(factory)

    def execute(self, sql, parameters=(), /):
        self.sql_texts.append(sql)
        return super().execute(sql, parameters)


@pytest.fixture
def env(monkeypatch, tmp_path, caplog):
    monkeypatch.setenv("BACKUP_TOKEN", TOKEN)
    old_umask = os.umask(0o022)
    conn = sqlite3.connect(":memory:", factory=SpyConnection)
    conn.execute("CREATE TABLE backups (device TEXT NOT NULL, size INTEGER NOT NULL)")
    store = tmp_path / "store"
    store.mkdir()
    caplog.set_level(logging.INFO, logger="backups")
    yield conn, store, caplog
    conn.close()
    os.umask(old_umask)


def test_a_backup_is_saved_recorded_and_logged(env):
    conn, store, caplog = env
    path = receive_backup(conn, store, "sw-ams-01", TOKEN, CONFIG)
    assert path.resolve() == (store / "sw-ams-01.cfg").resolve()
    assert path.read_text() == CONFIG
    assert conn.execute("SELECT device, size FROM backups").fetchall() == [
        ("sw-ams-01", len(CONFIG))
    ]
    assert "sw-ams-01" in caplog.text and str(len(CONFIG)) in caplog.text


def test_1_no_token_in_the_code(env, monkeypatch):
    conn, store, _ = env
    for value in (None, ""):
        if value is None:
            monkeypatch.delenv("BACKUP_TOKEN")
        else:
            monkeypatch.setenv("BACKUP_TOKEN", value)
        with pytest.raises(MissingSecret):
            receive_backup(conn, store, "sw-ams-01", "changeme", CONFIG)
    assert "changeme" not in learner_source(sys.modules[__name__])


def test_2_wrong_tokens_are_refused_in_constant_time(env, monkeypatch):
    conn, store, _ = env
    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    # `from hmac import compare_digest` is just as good: watch that name too.
    this_module = sys.modules[__name__]
    if getattr(this_module, "compare_digest", None) is real:
        monkeypatch.setattr(this_module, "compare_digest", spy)
    with pytest.raises(PermissionError):
        receive_backup(conn, store, "sw-ams-01", "bk_guess", CONFIG)
    receive_backup(conn, store, "sw-ams-01", TOKEN, CONFIG)
    assert len(calls) == 2, "compare the tokens with hmac.compare_digest"
    assert conn.execute("SELECT COUNT(*) FROM backups").fetchone() == (1,)


@pytest.mark.parametrize(
    "device", ["../sw1", "sw1/../../x", "-sw1", "SW1", "sw_1", "", "a" * 64, "sw1\n", "/etc/x"]
)
def test_3_bad_device_names_are_refused(env, device):
    conn, store, _ = env
    with pytest.raises(InvalidInput):
        receive_backup(conn, store, device, TOKEN, CONFIG)
    assert list(store.parent.rglob("*.cfg")) == []


def test_4_the_file_is_private_from_the_start(env, monkeypatch):
    conn, store, _ = env
    def no_chmod(*args, **kwargs):
        pytest.fail("the file was readable before chmod: create it with its mode")

    monkeypatch.setattr(os, "chmod", no_chmod)
    monkeypatch.setattr(Path, "chmod", no_chmod)
    path = receive_backup(conn, store, "sw-ams-01", TOKEN, "old\n")
    assert oct(stat.S_IMODE(path.stat().st_mode)) == oct(0o600)
    receive_backup(conn, store, "sw-ams-01", TOKEN, CONFIG)
    assert path.read_text() == CONFIG


def test_5_values_go_in_as_parameters(env):
    conn, store, _ = env
    conn.sql_texts.clear()
    receive_backup(conn, store, "zz-sw-77", TOKEN, "x" * 4321)
    assert conn.sql_texts, "record the backup in the backups table"
    for sql in conn.sql_texts:
        assert "zz-sw-77" not in sql and "4321" not in sql, f"a value is in the SQL: {sql!r}"


def test_6_the_log_never_shows_the_token(env):
    conn, store, caplog = env
    receive_backup(conn, store, "sw-ams-01", TOKEN, CONFIG)
    assert TOKEN not in caplog.text
    assert "sw-ams-01" in caplog.text
