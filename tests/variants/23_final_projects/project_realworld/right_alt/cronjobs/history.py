import dataclasses
import json
from datetime import datetime

from cronjobs.scheduler import Run


def append_runs(path, runs):
    with open(path, "a", encoding="utf-8") as f:
        for run in runs:
            data = dataclasses.asdict(run)
            data["scheduled"] = run.scheduled.isoformat()
            print(json.dumps(data), file=f)


def load_runs(path):
    try:
        f = open(path, encoding="utf-8")
    except FileNotFoundError:
        return []
    with f:
        out = []
        for line in f:
            if line.strip():
                data = json.loads(line)
                data["scheduled"] = datetime.fromisoformat(data["scheduled"])
                out.append(Run(**data))
        return out


def job_stats(runs):
    names = sorted({r.job for r in runs})
    stats = {}
    for name in names:
        mine = [r for r in runs if r.job == name]
        ok = sum(1 for r in mine if r.ok)
        stats[name] = {"runs": len(mine), "failures": len(mine) - ok, "success_rate": ok / len(mine)}
    return stats
