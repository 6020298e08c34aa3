from pathlib import Path

HOSTS_FILE = Path(__file__).parent / "hosts.txt"


def load_hosts(path=HOSTS_FILE):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if not line.startswith("#")]
