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
from hmac import compare_digest
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


DEVICE_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


def expected_token() -> str:
    token = os.environ.get("BACKUP_TOKEN")
    if not token:
        raise MissingSecret("set BACKUP_TOKEN")
    return token


def receive_backup(
    conn: sqlite3.Connection, store: Path, device: str, token: str, config: str
) -> Path:
    """Check the token and the device name, save the config, record and log it."""
    if not compare_digest(token, expected_token()):
        raise PermissionError("bad token")
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789-")
    if not (0 < len(device) <= 63 and set(device) <= allowed and device[0] != "-"):
        raise InvalidInput(f"bad device name: {device!r}")
    path = store / f"{device}.cfg"
    def private(name, flags):
        return os.open(name, flags, 0o600)

    with open(path, "w", opener=private) as file:
        file.write(config)
    with conn:
        conn.cursor().execute(
            "INSERT INTO backups VALUES (:device, :size)", {"device": device, "size": len(config)}
        )
    logger.info("backup from %s: %d bytes", device, len(config))
    return path


