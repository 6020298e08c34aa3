"""What logsweep does to a file, recorded before (or instead of, in a dry run) doing it."""

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Action:
    kind: str  # "delete" or "rotate"
    path: Path
    target: Path | None = None  # where a rotated file goes
    size: int = 0  # bytes the file held


def perform(action: Action) -> None:
    """Carry out one action on disk."""
    if action.kind == "delete":
        action.path.unlink()
    elif action.kind == "rotate":
        os.replace(action.path, action.target)
    else:
        raise ValueError(f"unknown action: {action.kind}")
