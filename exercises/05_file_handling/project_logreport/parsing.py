"""Step 1: turn one line of an access log into a record."""


def parse_line(line):
    """Parse one request line of an access log.

    A line has five fields separated by whitespace (spaces or tabs, one or more):
    time, method, path, status and milliseconds, as in
        "2024-03-09T23:50:05 POST /api/login 500 210"
    which gives
        {"time": "2024-03-09T23:50:05", "method": "POST", "path": "/api/login",
         "status": 500, "ms": 210}
    with status and ms as int. A line with more or fewer than five fields, or whose status or
    milliseconds are not whole numbers, gives None.
    """
    # TODO (step 1)
    return None
