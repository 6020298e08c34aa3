import gzip
import shutil
from pathlib import Path

DAY = 24 * 60 * 60


def rotate_logs(log_dir, archive_dir, now, max_age_days=7):
    log_dir, archive_dir = Path(log_dir), Path(archive_dir)
    archive_dir.mkdir(parents=True, exist_ok=True)
    archived = []
    for path in log_dir.glob("*.log"):
        if now - path.stat().st_mtime < max_age_days * DAY:
            continue
        with path.open("rb") as src, gzip.open(archive_dir / (path.name + ".gz"), "wb") as dst:
            shutil.copyfileobj(src, dst)
        path.unlink()
        archived.append(path.name)
    return sorted(archived)
