from collections import Counter


def parse_line(line):
    line = line.strip()
    if line == "" or line[0] == "#":
        return None
    fields = line.split(" ")
    return fields[1], fields[3], int(fields[4]), int(fields[5])


def summarise(lines, top=3):
    requests = [r for r in map(parse_line, lines) if r is not None]

    seen = set()
    errors = 0
    slowest = None
    for ip, path, status, ms in requests:
        seen.add(ip)
        if status >= 500:
            errors += 1
        if slowest is None or ms > slowest[1]:
            slowest = (path, ms)

    counts = Counter(path for _, path, _, _ in requests)
    by_name = sorted(counts.items())
    by_count = sorted(by_name, key=lambda item: item[1], reverse=True)

    return {
        "requests": len(requests),
        "unique_ips": len(seen),
        "errors": errors,
        "top_paths": by_count[:top],
        "slowest": slowest,
    }
