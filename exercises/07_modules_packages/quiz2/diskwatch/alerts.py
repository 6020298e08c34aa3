"""Pick out the disks that are nearly full and save them as a JSON report."""


def find_alerts(rows, threshold=90.0):
    """The disks at or above threshold percent as "host:mount" strings, fullest first."""
    # TODO: a disk exactly at the threshold counts too, and the fullest disk comes first
    return [f"{row['host']}:{row['mount']}" for row in rows if row["percent"] > threshold]


def write_report(path, rows, threshold=90.0):
    """Save {"checked": <number of rows>, "threshold": threshold, "alerts": find_alerts(...)}
    as a JSON file at path."""
    # TODO: build the report dict and write it with the json module
