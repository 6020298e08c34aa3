from pathlib import Path

HOSTS_FILE = Path(__file__).parent / "hosts.txt"


def load_hosts(path=HOSTS_FILE):
    with open(path, encoding="utf-8") as f:
        stripped = (line.strip() for line in f.readlines())
        return [host for host in stripped if host and host[0] != "#"]
