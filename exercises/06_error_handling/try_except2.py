"""Handle different exceptions differently.

`parse_ages(lines)` reads lines like "ada,36" and returns `(ages, problems)`: ages maps names to
int ages; problems lists `(line_number, kind)` for the lines it could not use, numbered from 1.
kind is "missing" when the line has no age at all, and "invalid" when the age is not a number.
"""


def parse_ages(lines):
    ages, problems = {}, []
    for number, line in enumerate(lines, start=1):
        fields = line.split(",")
        try:
            ages[fields[0]] = int(fields[1])
        except ValueError:
            problems.append((number, "invalid"))
        # TODO: a line without a comma has no fields[1]; catch that exception too,
        # in its own except clause, and record (number, "missing")
    return ages, problems


# --- tests: read them, don't change them ---


def test_valid_lines():
    assert parse_ages(["ada,36", "linus, 54"]) == ({"ada": 36, "linus": 54}, [])


def test_age_that_is_not_a_number():
    assert parse_ages(["ada,thirty"]) == ({}, [(1, "invalid")])


def test_line_without_age():
    assert parse_ages(["grace"]) == ({}, [(1, "missing")])


def test_mixed_lines_keep_going():
    lines = ["ada,36", "grace", "alan,", "linus,54"]
    assert parse_ages(lines) == ({"ada": 36, "linus": 54}, [(2, "missing"), (3, "invalid")])


def test_no_lines():
    assert parse_ages([]) == ({}, [])
