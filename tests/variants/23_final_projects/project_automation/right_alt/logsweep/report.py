import json
from collections import Counter


def summarize(actions):
    kinds = Counter(a.kind for a in actions)
    freed = 0
    for a in actions:
        if a.kind == "delete":
            freed += a.size
    return {"deleted": kinds["delete"], "rotated": kinds["rotate"], "bytes_freed": freed}


def _plain(value):
    return value if value is None or isinstance(value, (str, int)) else str(value)


def write_report(path, actions, dry_run):
    data = {
        "dry_run": dry_run,
        "summary": summarize(actions),
        "actions": [{k: _plain(v) for k, v in vars(a).items()} for a in actions],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f)
