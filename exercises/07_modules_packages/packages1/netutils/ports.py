"""Port helpers."""
from netutils import _checks


def parse_port(text):
    """Turn "8080" into 8080; raise ValueError for text that is not a valid TCP port."""
    port = int(text)
    _checks.require_range(port, 1, 65535)
    return port
