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
    # TODO: blank lines and comment lines are not requests: return None for them.
    _, ip, _, path, status, ms = line.split()
    # TODO: status and ms must be numbers, not text.
    return (ip, path, status, ms)


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

    # TODO: work out the other values of the summary.
    return {
        "requests": len(requests),
        "unique_ips": 0,
        "errors": 0,
        "top_paths": [],
        "slowest": None,
    }


# --- tests: read them, don't change them ---

LOG = [
    "# access log, 1 May",
    "09:00:01 203.0.113.5 GET /index.html 200 12",
    "09:00:03 203.0.113.5 GET /style.css 200 4",
    "09:01:10 198.51.100.7 GET /index.html 200 15",
    "",
    "09:02:00 198.51.100.7 POST /login 500 230",
    "09:02:05 192.0.2.44 GET /missing 404 3",
    "09:03:30 203.0.113.5 POST /login 200 180",
    "09:04:00 192.0.2.44 GET /index.html 503 950",
    "09:05:12 198.51.100.7 GET /style.css 200 5",
]


def test_parse_line_gives_a_tuple_with_numbers():
    line = "09:00:01 203.0.113.5 GET /index.html 200 12"
    assert parse_line(line) == ("203.0.113.5", "/index.html", 200, 12)


def test_parse_line_ignores_the_line_break_at_the_end():
    line = "09:02:00 198.51.100.7 POST /login 500 230\n"
    assert parse_line(line) == ("198.51.100.7", "/login", 500, 230)


def test_parse_line_of_blank_lines_is_none():
    assert parse_line("") is None
    assert parse_line("   \n") is None


def test_parse_line_of_a_comment_is_none():
    assert parse_line("# rotated at midnight") is None


def test_requests_are_counted_without_blank_and_comment_lines():
    assert summarise(LOG)["requests"] == 8


def test_unique_ips():
    assert summarise(LOG)["unique_ips"] == 3


def test_errors_count_only_server_errors():
    assert summarise(LOG)["errors"] == 2


def test_top_paths_most_requested_first_ties_a_to_z():
    assert summarise(LOG)["top_paths"] == [
        ("/index.html", 3),
        ("/login", 2),
        ("/style.css", 2),
    ]


def test_top_paths_can_be_asked_for_fewer():
    assert summarise(LOG, top=1)["top_paths"] == [("/index.html", 3)]


def test_top_paths_with_fewer_paths_than_asked_for():
    assert summarise(LOG, top=10)["top_paths"] == [
        ("/index.html", 3),
        ("/login", 2),
        ("/style.css", 2),
        ("/missing", 1),
    ]


def test_slowest_request():
    assert summarise(LOG)["slowest"] == ("/index.html", 950)


def test_a_day_without_requests():
    assert summarise(["# nothing today", ""]) == {
        "requests": 0,
        "unique_ips": 0,
        "errors": 0,
        "top_paths": [],
        "slowest": None,
    }
