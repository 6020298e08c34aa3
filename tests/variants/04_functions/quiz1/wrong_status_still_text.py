def parse_line(line):
    if not line.strip() or line.startswith("#"):
        return None
    _, ip, _, path, status, ms = line.split()
    return (ip, path, status, ms)


def summarise(lines, top=3):
    requests = [r for r in (parse_line(line) for line in lines) if r]
    counts = {}
    for _, path, _, _ in requests:
        counts[path] = counts.get(path, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    slowest = None
    if requests:
        _, path, _, ms = max(requests, key=lambda r: r[3])
        slowest = (path, ms)
    return {
        "requests": len(requests),
        "unique_ips": len({r[0] for r in requests}),
        "errors": len([r for r in requests if r[2] >= "500"]),
        "top_paths": ranked[:top],
        "slowest": slowest,
    }
