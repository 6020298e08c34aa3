"""Summing up what a run did, for people and for machines."""

import json
from dataclasses import asdict
from pathlib import Path

from logsweep.actions import Action


def summarize(actions: list[Action]) -> dict:
    """{"deleted": files deleted, "rotated": files renamed, "bytes_freed": bytes deleted}."""
    # TODO (step 4): count each kind of action, and only deleting frees bytes
    return {
        "deleted": len(actions),
        "rotated": 0,
        "bytes_freed": sum(action.size for action in actions),
    }


def write_report(path: Path, actions: list[Action], dry_run: bool) -> None:
    """Write a JSON report: {"dry_run": ..., "summary": ..., "actions": [...]}.

    Each action becomes {"kind": ..., "path": ..., "target": ... or null, "size": ...}
    with the paths as strings.
    """
    # TODO (step 4): json can't write Path objects: turn the paths into strings
    report = {
        "dry_run": dry_run,
        "summary": summarize(actions),
        "actions": [asdict(action) for action in actions],
    }
    Path(path).write_text(json.dumps(report, indent=2), encoding="utf-8")
