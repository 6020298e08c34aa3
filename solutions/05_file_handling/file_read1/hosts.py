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
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            hosts.append(line)
    return hosts
