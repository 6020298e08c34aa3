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
        # TODO (step 4): a FetchError for one device becomes a "failed" Result (with the
        #       error as detail) and the run goes on with the next device
        config = client.fetch_config(device.name)
        # TODO (step 4): remember the latest backup's text before saving, and put the diff
        #       against it in the "saved" Result
        if save_backup(backup_dir, device.name, config, now) is None:
            results.append(Result(device.name, "unchanged"))
            continue
        results.append(Result(device.name, "saved"))
        # TODO (step 4): prune the device's backups down to `keep`
    return results


def summary(results: list[Result]) -> dict[str, int]:
    """How many devices ended in each status."""
    counts = {"saved": 0, "unchanged": 0, "failed": 0}
    for result in results:
        counts[result.status] += 1
    return counts
