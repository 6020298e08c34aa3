import pytest

from cronjobs.cron import CronError, parse_field


@pytest.mark.parametrize(
    "text, expected",
    [
        ("5", {5}),
        ("1,3,5", {1, 3, 5}),
        ("1-4", {1, 2, 3, 4}),
        ("*/15", {0, 15, 30, 45}),
        ("10-50/20", {10, 30, 50}),
        ("1-3,*/20", {1, 2, 3, 0, 20, 40}),
    ],
)
def test_parse_field_understands_lists_ranges_and_steps(text, expected):
    assert parse_field(text, 0, 59) == expected


@pytest.mark.parametrize("text", ["60", "5-70", "*/0", "x", "", "9-3"])
def test_parse_field_rejects_bad_fields(text):
    with pytest.raises(CronError):
        parse_field(text, 0, 59)
