import json


def format_table(results):
    width = max(len(r.name) for r in results) + 2 if results else 0
    rows = []
    for r in results:
        status = "ok" if r.ok else "FAIL"
        detail = f"{r.seconds:.3f}s" if r.ok else r.error
        rows.append(r.name.ljust(width) + status.ljust(6) + detail)
    rows.append(f"{sum(r.ok for r in results)} of {len(results)} ok")
    return "\n".join(rows)


def to_json(results):
    return json.dumps([
        {"name": r.name, "ok": r.ok, "seconds": round(r.seconds, 3), "error": r.error}
        for r in results
    ])
