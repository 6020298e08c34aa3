"""Step 3: the numbers of the report."""


def summarize(records):
    """Sum up request records (see parse_line; each has a "host" too).

    Returns {"requests": <number of records>, "errors": <records with a status of 500 or more>,
             "hosts": [one dict per host, sorted by host name]}
    where each host dict is
        {"host": "mail01", "requests": 7, "errors": 0, "avg_ms": 12.5}
    with avg_ms the average of that host's ms, rounded to one decimal.
    No records give {"requests": 0, "errors": 0, "hosts": []}.
    """
    # TODO (step 3)
    return {}
