CLASSES = {1: "informational", 2: "success", 3: "redirect", 4: "client error", 5: "server error"}


def parse_response(raw):
    head, _, body = raw.decode().partition("\r\n\r\n")
    status_line, *header_lines = head.split("\r\n")
    version, code, reason = status_line.split(" ", 2)
    headers = {}
    for line in header_lines:
        name, value = line.split(":", 1)
        headers[name.lower()] = value.strip()
    return int(code), headers, body


def status_class(code):
    return CLASSES.get(code // 100, "server error")
