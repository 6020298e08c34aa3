"""Step 3: the numbers of the report."""


def summarize(records):
    """Sum up request records (see parse_line; each has a "host" too).

    Returns {"requests": <number of records>, "errors": <records with a status of 500 or more>,
             "hosts": [one dict per host, sorted by host name]}
    where each host dict is
        {"host": "mail01", "requests": 7, "errors": 0, "avg_ms": 12.5}
    with avg_ms the average of that host's ms, rounded to one decimal.
    No records give {"requests": 0, "errors": 0, "hosts": []}.
    """
    by_host = {}
    for record in records:
        by_host.setdefault(record["host"], []).append(record)
    hosts = []
    for host in sorted(by_host):
        own = by_host[host]
        hosts.append({
            "host": host,
            "requests": len(own),
            "errors": count_errors(own),
            "avg_ms": round(sum(r["ms"] for r in own) / len(own), 1),
        })
    return {"requests": len(records), "errors": count_errors(records), "hosts": hosts}


def count_errors(records):
    """How many of the records have a status of 500 or more."""
    return sum(1 for record in records if record["status"] >= 500)
