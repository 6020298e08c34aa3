def parse_requests(lines):
    fields = (line.split() for line in lines if line.strip())
    return ((path, int(status)) for path, status in fields)


def first_error(lines):
    return next((request for request in parse_requests(lines) if request[1] >= 500), None)
