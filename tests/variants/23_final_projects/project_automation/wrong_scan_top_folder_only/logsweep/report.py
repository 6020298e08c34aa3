"""Summing up what a run did, for people and for machines."""

import json
from pathlib import Path

from logsweep.actions import Action


def summarize(actions: list[Action]) -> dict:
    """{"deleted": files deleted, "rotated": files renamed, "bytes_freed": bytes deleted}."""
    deleted = [action for action in actions if action.kind == "delete"]
    return {
        "deleted": len(deleted),
        "rotated": sum(1 for action in actions if action.kind == "rotate"),
        "bytes_freed": sum(action.size for action in deleted),
    }


def write_report(path: Path, actions: list[Action], dry_run: bool) -> None:
    """Write a JSON report: {"dry_run": ..., "summary": ..., "actions": [...]}.

    Each action becomes {"kind": ..., "path": ..., "target": ... or null, "size": ...}
    with the paths as strings.
    """
    report = {
        "dry_run": dry_run,
        "summary": summarize(actions),
        "actions": [
            {
                "kind": action.kind,
                "path": str(action.path),
                "target": None if action.target is None else str(action.target),
                "size": action.size,
            }
            for action in actions
        ],
    }
    Path(path).write_text(json.dumps(report, indent=2), encoding="utf-8")
