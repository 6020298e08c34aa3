# sample_project/ is data for the tests, not part of this test run.
collect_ignore = ["sample_project"]
