def parse_requests(lines):
    lines = list(lines)
    for line in lines:
        if line.strip():
            path, status = line.split()
            yield path, int(status)


def first_error(lines):
    for path, status in parse_requests(lines):
        if status >= 500:
            return path, status
    return None
