"""Quiz 1: summarise a day of web server logs.

Every request line reads "TIME IP METHOD PATH STATUS MILLISECONDS", for
example "09:00:01 203.0.113.5 GET /index.html 200 12". Blank lines and lines
starting with "#" are not requests. Finish `parse_line` and `summarise` so
that `summarise(lines)` returns the summary its docstring describes. You need
loops and conditions (chapter 02), lists, sets, tuples and dicts (chapter 03)
and functions (chapter 04).
"""


def parse_line(line):
    """Turn one request line into a tuple (ip, path, status, ms).

    `status` and `ms` are ints. Blank lines and "#" comment lines give None.
    """
    if not line.strip() or line.startswith("#"):
        return None
    _, ip, _, path, status, ms = line.split()
    return (ip, path, int(status), int(ms))


def summarise(lines, top=3):
    """Summarise a day of log lines as a dict with these keys.

    "requests":   how many requests there were.
    "unique_ips": how many different IP addresses sent them.
    "errors":     how many requests got a server error (status 500 or more).
    "top_paths":  a list of (path, count) tuples for the `top` most requested
                  paths, most requested first; equal counts in A-Z path order.
    "slowest":    (path, ms) of the slowest request, or None without requests.
    """
    requests = []
    for line in lines:
        request = parse_line(line)
        if request is None:
            continue
        requests.append(request)

    ips = {ip for ip, _, _, _ in requests}
    errors = [request for request in requests if request[2] >= 500]

    counts = {}
    for _, path, _, _ in requests:
        counts[path] = counts.get(path, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    slowest = None
    if requests:
        _, path, _, ms = max(requests, key=lambda request: request[3])
        slowest = (path, ms)

    return {
        "requests": len(lines),
        "unique_ips": len(ips),
        "errors": len(errors),
        "top_paths": ranked[:top],
        "slowest": slowest,
    }


