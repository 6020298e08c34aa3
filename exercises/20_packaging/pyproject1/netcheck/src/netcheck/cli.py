import socket
import sys


def main(argv: list[str] | None = None) -> int:
    """Try to connect to every HOST:PORT given; exit with 1 if any is down."""
    targets = sys.argv[1:] if argv is None else argv
    down = 0
    for target in targets:
        host, _, port = target.rpartition(":")
        try:
            socket.create_connection((host, int(port)), timeout=3).close()
            print(f"up    {target}")
        except OSError:
            print(f"down  {target}")
            down += 1
    return 1 if down else 0
