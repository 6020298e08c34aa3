def parse_requests(lines):
    requests = []
    for line in lines:
        if line.strip():
            path, status = line.split()
            requests.append((path, int(status)))
    yield requests


def first_error(lines):
    for requests in parse_requests(lines):
        for path, status in requests:
            if status >= 500:
                return path, status
    return None
