import socket
import urllib.error
import urllib.request
from time import monotonic
from typing import NamedTuple


class Result(NamedTuple):
    name: str
    ok: bool
    seconds: float
    error: str | None


def check_tcp(name, host, port, timeout):
    start = monotonic()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect((host, port))
        return Result(name, True, monotonic() - start, None)
    except OSError as error:
        return Result(name, False, monotonic() - start, error.strerror or repr(error))
    finally:
        sock.close()


def check_http(name, url, timeout):
    start = monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
        return Result(name, True, monotonic() - start, None)
    except urllib.error.HTTPError as error:
        return Result(name, False, monotonic() - start, f"HTTP {error.code}")
    except (urllib.error.URLError, OSError) as error:
        return Result(name, False, monotonic() - start, str(error))


def check(target, timeout):
    if target.url:
        return check_http(target.name, target.url, timeout)
    return check_tcp(target.name, target.host, target.port, timeout)
