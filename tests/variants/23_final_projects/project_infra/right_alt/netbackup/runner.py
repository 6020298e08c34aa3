from collections import Counter
from dataclasses import dataclass

from netbackup.client import FetchError
from netbackup.store import diff_configs, latest_backup, prune, save_backup


@dataclass
class Result:
    device: str
    status: str
    detail: str = ""
    diff: str = ""


def _one(device, client, backup_dir, now, keep):
    try:
        config = client.fetch_config(device.name)
    except FetchError as err:
        return Result(device.name, "failed", detail=str(err) or "fetch failed")
    before = latest_backup(backup_dir, device.name)
    previous_text = before.read_text(encoding="utf-8") if before else ""
    if not save_backup(backup_dir, device.name, config, now):
        return Result(device.name, "unchanged")
    prune(backup_dir, device.name, keep)
    diff = diff_configs(previous_text, config, device.name) if before else ""
    return Result(device.name, "saved", diff=diff)


def backup_all(devices, client, backup_dir, now, keep=5):
    return [_one(d, client, backup_dir, now, keep) for d in devices]


def summary(results):
    counts = Counter(r.status for r in results)
    return {status: counts.get(status, 0) for status in ("saved", "unchanged", "failed")}
