def parse_response(raw):
    lines = raw.decode().split("\r\n")
    code = int(lines[0].split(" ")[1])
    headers = {}
    body = ""
    for i, line in enumerate(lines[1:], start=1):
        if line == "":
            body = lines[i + 1] if i + 1 < len(lines) else ""
            break
        name, value = line.split(":", 1)
        headers[name.lower()] = value.strip()
    return code, headers, body


def status_class(code):
    if not 100 <= code <= 599:
        raise ValueError(code)
    return ["informational", "success", "redirect", "client error", "server error"][code // 100 - 1]
