CLASSES = {
    1: "informational",
    2: "success",
    3: "redirect",
    4: "client error",
    5: "server error",
}


def parse_response(raw):
    text = raw.decode("utf-8")
    end = text.index("\r\n\r\n")
    lines = text[:end].split("\r\n")
    code = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return code, headers, text[end + 4:]


def status_class(code):
    if code < 100 or code > 599:
        raise ValueError(code)
    return CLASSES[code // 100]
