# netcheck/ is the project the tests build, not part of this test run.
collect_ignore = ["netcheck"]
