LEVELS = ((2, "CRITICAL"), (1, "WARNING"))


def summarize(disk, samples, limits):
    start, end = min(samples), max(samples)
    days = (end[0] - start[0]).total_seconds() / 86400
    growth = (end[1] - start[1]) / days if days else 0.0
    percent = 100 * end[1] / end[2]
    severity = 2 if percent >= limits[1] else 1 if percent >= limits[0] else 0
    return {"disk": disk, "percent": percent, "growth": growth, "free": end[2] - end[1],
            "severity": severity}


def summaries(samples, warn, crit):
    return [summarize(disk, rows, (warn, crit)) for disk, rows in samples.items()]


def level(summary):
    return dict(LEVELS).get(summary["severity"], "ok")
