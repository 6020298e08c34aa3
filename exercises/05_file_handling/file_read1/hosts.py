"""Read the list of hosts to back up from a text file.

`hosts.txt` (beside this file) has one host name per line. Blank lines and lines starting
with `#` are comments. Make `load_hosts()` return just the host names, in file order, without
the newline or any spaces around them.
"""
from pathlib import Path

HOSTS_FILE = Path(__file__).parent / "hosts.txt"


def load_hosts(path=HOSTS_FILE):
    hosts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            # TODO: each line still ends with "\n" (and may have spaces): strip it,
            # and skip blank lines and comment lines
            hosts.append(line)
    return hosts
