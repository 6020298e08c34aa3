def parse_line(line):
    if line.strip() == "":
        return None
    if line.startswith("#"):
        return None
    time, ip, method, path, status, ms = line.split()
    return (ip, path, int(status), int(ms))


def summarise(lines, top=3):
    summary = {"requests": 0, "unique_ips": 0, "errors": 0, "top_paths": [], "slowest": None}
    ips = {}
    counts = {}
    for line in lines:
        parsed = parse_line(line)
        if parsed is None:
            continue
        ip, path, status, ms = parsed
        summary["requests"] += 1
        ips[ip] = True
        if status >= 500:
            summary["errors"] += 1
        counts[path] = counts.get(path, 0) + 1
        if summary["slowest"] is None or ms > summary["slowest"][1]:
            summary["slowest"] = (path, ms)
    summary["unique_ips"] = len(ips)
    pairs = [(-count, path) for path, count in counts.items()]
    pairs.sort()
    summary["top_paths"] = [(path, -negative) for negative, path in pairs[:top]]
    return summary
