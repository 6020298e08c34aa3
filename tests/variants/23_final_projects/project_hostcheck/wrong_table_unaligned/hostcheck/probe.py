"""Checking one target."""
import socket
import time
from dataclasses import dataclass

import requests

from hostcheck.targets import Target


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    seconds: float
    error: str | None = None


def check_tcp(name: str, host: str, port: int, timeout: float) -> Result:
    started = time.perf_counter()
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except OSError as error:
        return Result(name, False, time.perf_counter() - started, str(error) or "no connection")
    return Result(name, True, time.perf_counter() - started)


def check_http(name: str, url: str, timeout: float) -> Result:
    started = time.perf_counter()
    try:
        response = requests.get(url, timeout=timeout)
    except requests.RequestException as error:
        return Result(name, False, time.perf_counter() - started, type(error).__name__)
    seconds = time.perf_counter() - started
    if response.status_code >= 400:
        return Result(name, False, seconds, f"HTTP {response.status_code}")
    return Result(name, True, seconds)


def check(target: Target, timeout: float) -> Result:
    if target.url is not None:
        return check_http(target.name, target.url, timeout)
    return check_tcp(target.name, target.host, target.port, timeout)
