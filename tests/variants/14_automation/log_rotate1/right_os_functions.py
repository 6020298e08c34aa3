import gzip
import os
import shutil
from pathlib import Path

DAY = 24 * 60 * 60


def rotate_logs(log_dir, archive_dir, now, max_age_days=7):
    os.makedirs(archive_dir, exist_ok=True)
    cutoff = now - max_age_days * DAY
    done = []
    for entry in os.scandir(log_dir):
        if not entry.is_file() or not entry.name.endswith(".log"):
            continue
        if entry.stat().st_mtime >= cutoff:
            continue
        data = Path(entry.path).read_bytes()
        Path(archive_dir, entry.name + ".gz").write_bytes(gzip.compress(data))
        os.remove(entry.path)
        done.append(entry.name)
    done.sort()
    return done
