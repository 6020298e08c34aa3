"""Generators: produce values one at a time.

`parse_requests(lines)` turns log lines such as "/index.html 200" into
(path, status) tuples. A log can have millions of lines, or be a live stream
that never ends, so building the whole list first is no good. Make
`parse_requests` a generator: a function with `yield` hands out one value each
time it is asked for the next, and only then reads on.

`first_error(lines)` already stops at the first server error (status 500 or
more). Once `parse_requests` is lazy, it reads no line after that one.
"""


def parse_requests(lines):
    """Give the (path, status) of each line, one at a time; skip blank lines."""
    for line in lines:
        if not line.strip():
            continue
        path, status = line.split()
        yield (path, int(status))


def first_error(lines):
    """The first (path, status) with a status of 500 or more, or None."""
    for path, status in parse_requests(lines):
        if status >= 500:
            return path, status
    return None

# --- tests: read them, don't change them ---

import pytest

LOG = ["/ 200", "", "/login 500", "/about 200", "/api 503"]


class Stream:
    """Log lines that arrive one by one; reading past `stop` fails the test."""

    def __init__(self, lines, stop):
        self.lines = lines
        self.stop = stop
        self.read = 0

    def __iter__(self):
        for line in self.lines:
            if self.read == self.stop:
                pytest.fail(f"line {self.read + 1} of the stream was read, but nothing "
                            f"needed more than {self.stop} line(s)", pytrace=False)
            self.read += 1
            yield line


def test_every_request_is_parsed():
    assert list(parse_requests(LOG)) == [
        ("/", 200), ("/login", 500), ("/about", 200), ("/api", 503)]


def test_no_lines_no_requests():
    assert list(parse_requests([])) == []


def test_parse_requests_gives_an_iterator_not_a_list():
    requests = parse_requests(LOG)
    assert not isinstance(requests, list), "parse_requests still builds a list"
    assert next(requests) == ("/", 200)
    assert next(requests) == ("/login", 500)


def test_the_first_request_needs_only_the_first_line():
    stream = Stream(LOG, stop=1)
    assert next(iter(parse_requests(stream))) == ("/", 200)


def test_first_error_stops_reading_at_the_error():
    stream = Stream(LOG, stop=3)
    assert first_error(stream) == ("/login", 500)


def test_first_error_without_errors():
    assert first_error(["/ 200", "/about 301"]) is None
