def parse_response(raw):
    head, _, body = raw.decode().partition("\r\n\r\n")
    status_line, *header_lines = head.split("\r\n")
    version, code, reason = status_line.split(" ", 2)
    headers = {}
    for line in header_lines:
        name, value = line.split(":", 1)
        headers[name] = value.strip()
    return int(code), headers, body


def status_class(code):
    if not 100 <= code <= 599:
        raise ValueError(code)
    return ["informational", "success", "redirect", "client error", "server error"][code // 100 - 1]
