def parse_requests(lines):
    return [(line.split()[0], int(line.split()[1])) for line in lines if line.strip()]


def first_error(lines):
    for path, status in parse_requests(lines):
        if status >= 500:
            return path, status
    return None
