from pathlib import Path

HOSTS_FILE = Path(__file__).parent / "hosts.txt"


def load_hosts(path=HOSTS_FILE):
    lines = [line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line and not line.startswith("#")]
