"""Step 4: write the report files."""
import csv
import json

HOST_FIELDS = ["host", "requests", "errors", "avg_ms"]


def write_hosts_csv(path, hosts):
    """Write a CSV file with the header line host,requests,errors,avg_ms and then one row per
    host dict (see summarize), in list order."""
    # TODO (step 4)


def write_summary_json(path, summary):
    """Save the summary dict as a JSON file, indented by 2 spaces so people can read it too."""
    # TODO (step 4)


def append_history(path, line):
    """Add line, and a newline after it, at the end of the history file at path. The lines of
    earlier runs stay; a missing file is created."""
    # TODO (step 4)
