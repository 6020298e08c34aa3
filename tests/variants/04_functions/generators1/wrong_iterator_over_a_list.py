def parse_requests(lines):
    requests = []
    for line in lines:
        if line.strip():
            path, status = line.split()
            requests.append((path, int(status)))
    return iter(requests)


def first_error(lines):
    for path, status in parse_requests(lines):
        if status >= 500:
            return path, status
    return None
