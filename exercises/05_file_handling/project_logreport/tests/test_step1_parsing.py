"""Step 1: parsing.parse_line."""
from parsing import parse_line


def test_step1_parses_the_five_fields():
    assert parse_line("2024-03-09T23:50:05 POST /api/login 500 210") == {
        "time": "2024-03-09T23:50:05",
        "method": "POST",
        "path": "/api/login",
        "status": 500,
        "ms": 210,
    }


def test_step1_status_and_ms_are_ints():
    record = parse_line("2024-03-09T23:50:01 GET /index.html 200 12\n")
    assert record is not None
    assert (record["status"], record["ms"]) == (200, 12)


def test_step1_any_whitespace_between_fields():
    record = parse_line("2024-03-10T00:01:00  GET\t/health   204 7")
    assert record == {"time": "2024-03-10T00:01:00", "method": "GET", "path": "/health",
                      "status": 204, "ms": 7}


def test_step1_missing_or_extra_fields_give_none():
    assert parse_line("2024-03-09T23:50:10 GET /favicon.ico 404") is None
    assert parse_line("2024-03-09T23:50:10 GET /a b.html 200 5") is None
    assert parse_line("2024-03-09T23:50:10 GET /index.html 200 5 HTTP/1.1") is None
    assert parse_line("") is None


def test_step1_numbers_that_are_not_whole_numbers_give_none():
    assert parse_line("2024-03-09T23:50:11 GET /api/users 200 fast") is None
    assert parse_line("2024-03-09T23:50:11 GET /api/users OK 12") is None
    assert parse_line("2024-03-09T23:50:11 GET /api/users 200 1.5") is None
