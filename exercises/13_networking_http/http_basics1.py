"""HTTP is text: a status line, header lines, an empty line, then the body.

`parse_response(raw)` takes the bytes of an HTTP/1.1 response and returns
(status_code, headers, body): the status as an int, the headers as a dict with
lower-case names (HTTP header names are case-insensitive), the body as str.
`status_class(code)` names the class of a status code: "informational" (1xx),
"success" (2xx), "redirect" (3xx), "client error" (4xx), "server error" (5xx);
a number outside 100-599 raises ValueError.
"""


def parse_response(raw):
    head, _, body = raw.decode().partition("\r\n\r\n")
    status_line, *header_lines = head.split("\r\n")
    version, code, reason = status_line.split(" ", 2)
    headers = {}
    for line in header_lines:
        # TODO: a header VALUE may contain ":" too (times, URLs), and names
        #       should be stored in lower case.
        name, value = line.split(":")
        headers[name] = value.strip()
    return int(code), headers, body


def status_class(code):
    # TODO: 1xx codes are informational, and outside 100-599 is no status code
    if code < 300:
        return "success"
    if code < 400:
        return "redirect"
    if code < 500:
        return "client error"
    return "server error"


# --- tests: read them, don't change them ---
import pytest

REDIRECT = (
    b"HTTP/1.1 301 Moved Permanently\r\n"
    b"Location: https://example.com/new/place\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Date: Mon, 01 Jan 2024 10:00:00 GMT\r\n"
    b"Content-Length: 9\r\n"
    b"\r\n"
    b"Moved!\r\nx"
)

NO_CONTENT = b"HTTP/1.1 204 No Content\r\nServer: tiny\r\n\r\n"


def test_status_code_is_an_int():
    status, headers, body = parse_response(REDIRECT)
    assert status == 301


def test_header_values_may_contain_colons():
    status, headers, body = parse_response(REDIRECT)
    assert headers["location"] == "https://example.com/new/place"
    assert headers["date"] == "Mon, 01 Jan 2024 10:00:00 GMT"


def test_header_names_are_lower_case():
    status, headers, body = parse_response(REDIRECT)
    assert sorted(headers) == ["content-length", "content-type", "date", "location"]


def test_body_is_everything_after_the_empty_line():
    status, headers, body = parse_response(REDIRECT)
    assert body == "Moved!\r\nx"
    assert len(body) == int(headers["content-length"])


def test_response_without_body():
    assert parse_response(NO_CONTENT) == (204, {"server": "tiny"}, "")


@pytest.mark.parametrize("code, name", [
    (100, "informational"), (101, "informational"),
    (200, "success"), (201, "success"), (204, "success"),
    (301, "redirect"), (304, "redirect"),
    (400, "client error"), (404, "client error"), (429, "client error"),
    (500, "server error"), (503, "server error"), (599, "server error"),
])
def test_status_classes(code, name):
    assert status_class(code) == name


@pytest.mark.parametrize("code", [99, 600, 0, -1])
def test_not_a_status_code(code):
    with pytest.raises(ValueError):
        status_class(code)
