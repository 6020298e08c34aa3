def summarize(records):
    hosts = {}
    errors = 0
    for r in records:
        entry = hosts.setdefault(r["host"], {"host": r["host"], "requests": 0, "errors": 0, "total": 0})
        entry["requests"] += 1
        entry["total"] += r["ms"]
        if r["status"] >= 500:
            entry["errors"] += 1
            errors += 1
    rows = []
    for name in sorted(hosts):
        entry = hosts[name]
        rows.append({"host": name, "requests": entry["requests"], "errors": entry["errors"],
                     "avg_ms": round(entry["total"] / entry["requests"], 1)})
    return {"requests": len(records), "errors": errors, "hosts": rows}
