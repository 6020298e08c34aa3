def to_request(line):
    path, status = line.split()
    return path, int(status)


def parse_requests(lines):
    return map(to_request, filter(str.strip, lines))


def first_error(lines):
    for path, status in parse_requests(lines):
        if status >= 500:
            return path, status
    return None
