KEYS = ("time", "method", "path", "status", "ms")


def parse_line(line):
    parts = line.split()
    if len(parts) == 5 and parts[3].isdigit() and parts[4].isdigit():
        record = dict(zip(KEYS, parts))
        record["status"] = int(record["status"])
        record["ms"] = int(record["ms"])
        return record
    return None
