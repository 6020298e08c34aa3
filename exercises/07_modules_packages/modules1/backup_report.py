"""Summarise backup sizes. Uses the shared helper from units.py."""
from units import human_size


def backup_summary(sizes):
    """A one-line summary of a dict host -> backup size in bytes."""
    total = sum(sizes.values())
    return f"{len(sizes)} backups, {human_size(total)} in total"
