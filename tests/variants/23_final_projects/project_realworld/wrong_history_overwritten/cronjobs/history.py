"""The run history as JSON lines: one run per line, appended after every scheduler pass."""

import json
from datetime import datetime
from pathlib import Path

from cronjobs.scheduler import Run


def append_runs(path: Path, runs: list[Run]) -> None:
    """Add runs to the end of the file (created if needed); earlier lines stay."""
    with Path(path).open("w", encoding="utf-8") as file:
        for run in runs:
            record = {
                "job": run.job,
                "scheduled": run.scheduled.isoformat(),
                "attempts": run.attempts,
                "ok": run.ok,
                "error": run.error,
            }
            file.write(json.dumps(record) + "\n")


def load_runs(path: Path) -> list[Run]:
    """Every run in the file, oldest first; no file means no runs yet."""
    path = Path(path)
    if not path.exists():
        return []
    runs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        record["scheduled"] = datetime.fromisoformat(record["scheduled"])
        runs.append(Run(**record))
    return runs


def job_stats(runs: list[Run]) -> dict[str, dict]:
    """Per job: {"runs": n, "failures": n, "success_rate": ok runs / runs}."""
    stats = {}
    for run in runs:
        entry = stats.setdefault(run.job, {"runs": 0, "failures": 0})
        entry["runs"] += 1
        entry["failures"] += not run.ok
    for entry in stats.values():
        entry["success_rate"] = (entry["runs"] - entry["failures"]) / entry["runs"]
    return stats
