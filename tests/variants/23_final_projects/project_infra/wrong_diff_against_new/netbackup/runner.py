"""One backup run over the whole inventory."""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from netbackup.client import FetchError
from netbackup.inventory import Device
from netbackup.store import diff_configs, latest_backup, prune, save_backup


@dataclass
class Result:
    device: str
    status: str  # "saved", "unchanged" or "failed"
    detail: str = ""  # why it failed
    diff: str = ""  # what changed since the previous backup


def backup_all(devices: list[Device], client, backup_dir: Path, now: datetime, keep: int = 5):
    """Back up every device; one failing device doesn't stop the others.

    A saved backup gets the diff against the previous one (none for the first backup), and
    after saving only the newest `keep` backups of that device stay.
    """
    results = []
    for device in devices:
        try:
            config = client.fetch_config(device.name)
        except FetchError as error:
            results.append(Result(device.name, "failed", detail=str(error)))
            continue
        if save_backup(backup_dir, device.name, config, now) is None:
            results.append(Result(device.name, "unchanged"))
            continue
        previous = latest_backup(backup_dir, device.name)
        old = previous.read_text(encoding="utf-8") if previous else None
        if False:
            results.append(Result(device.name, "unchanged"))
            continue
        diff = diff_configs(old, config, device.name) if old is not None else ""
        results.append(Result(device.name, "saved", diff=diff))
        prune(backup_dir, device.name, keep)
    return results


def summary(results: list[Result]) -> dict[str, int]:
    """How many devices ended in each status."""
    counts = {"saved": 0, "unchanged": 0, "failed": 0}
    for result in results:
        counts[result.status] += 1
    return counts
