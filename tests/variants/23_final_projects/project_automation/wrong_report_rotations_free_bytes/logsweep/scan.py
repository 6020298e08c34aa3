"""Finding the files to act on."""

from pathlib import Path

DAY = 24 * 60 * 60


def find_old_files(directory: Path, pattern: str, max_age_days: int, now: float) -> list[Path]:
    """Files matching pattern in directory or any folder below it, last modified more than
    max_age_days days before `now` (a time.time() timestamp), sorted."""
    cutoff = now - max_age_days * DAY
    return sorted(
        path
        for path in directory.rglob(pattern)
        if path.is_file() and path.stat().st_mtime < cutoff
    )


def find_big_files(directory: Path, pattern: str, over_bytes: int) -> list[Path]:
    """Files matching pattern in directory or below, bigger than over_bytes, sorted."""
    return sorted(
        path
        for path in directory.rglob(pattern)
        if path.is_file() and path.stat().st_size > over_bytes
    )
