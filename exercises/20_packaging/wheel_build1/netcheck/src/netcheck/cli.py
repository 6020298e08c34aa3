import socket
import sys


def answers(host: str, port: int, timeout: float = 2.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    targets = sys.argv[1:] if argv is None else argv
    failed = 0
    for target in targets:
        host, _, port = target.rpartition(":")
        ok = answers(host, int(port))
        print(f"{target}: {'ok' if ok else 'FAILED'}")
        failed += not ok
    return 1 if failed else 0
