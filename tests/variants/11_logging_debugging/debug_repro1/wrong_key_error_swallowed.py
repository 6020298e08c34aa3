"""Debugging: reproduce a crash in a test before you fix it.

Last night the scheduler's log showed this:

    ERROR scheduler: could not load job "nightly-backup"
    Traceback (most recent call last):
      File "/srv/scheduler/jobs.py", line 41, in load_job
        interval = parse_duration(fields["every"])
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      File "/srv/scheduler/durations.py", line 14, in parse_duration
        total += int(number) * UNITS[char]
                               ~~~~~^^^^^^
    KeyError: ' '

Read it from the bottom up: which value of `char` broke it, so what kind of text
was in the job's "every" field? First write a test that reproduces the crash:
call `parse_duration` with such a text and assert the number of seconds it
should give. It fails now, for last night's reason. Then fix `parse_duration`
so that spaces are allowed anywhere in the text, and your test passes.
"""

UNITS = {"h": 3600, "m": 60, "s": 1}


def parse_duration(text):
    """Turn a duration such as "2h", "45m", "1h30m" or "1h 30m" into seconds.
    Spaces are allowed anywhere in the text."""
    total = 0
    number = ""
    for char in text:
        if char.isdigit():
            number += char
        else:
            try:
                total += int(number) * UNITS[char]
            except KeyError:
                continue
            number = ""
    return total


def test_a_space_between_number_and_unit():
    assert parse_duration("90 m") == 5400
