"""Step 2: hostcheck/probe.py, Result and the TCP check."""
import socket

import pytest


@pytest.fixture
def probe(need):
    need("hostcheck", 1)
    return need("hostcheck.probe", 2)


@pytest.fixture
def timeouts(monkeypatch):
    """The timeouts given to socket.create_connection or to socket.settimeout."""
    seen = []
    real_connect = socket.create_connection
    real_settimeout = socket.socket.settimeout

    def create_connection(address, timeout=None, *args, **kwargs):
        seen.append(timeout)
        return real_connect(address, timeout, *args, **kwargs)

    def settimeout(self, value):
        seen.append(value)
        return real_settimeout(self, value)

    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket.socket, "settimeout", settimeout)
    return seen


def test_result_fields_in_order(probe):
    result = probe.Result("web1", False, 0.25, "connection refused")
    assert (result.name, result.ok, result.seconds, result.error) == (
        "web1", False, 0.25, "connection refused")


def test_an_open_port_is_ok(probe, tcp_server):
    result = probe.check_tcp("web1", "127.0.0.1", tcp_server.port, 2.0)
    assert (result.name, result.ok, result.error) == ("web1", True, None)
    assert isinstance(result.seconds, float) and 0 <= result.seconds < 2.0


def test_the_connection_is_closed_again(probe, tcp_server):
    import time

    probe.check_tcp("web1", "127.0.0.1", tcp_server.port, 2.0)
    deadline = time.monotonic() + 2
    while tcp_server.closed_by_client == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert tcp_server.closed_by_client == 1, "check_tcp left the connection open"


def test_a_refused_connection_is_not_ok(probe, closed_port):
    result = probe.check_tcp("db1", "127.0.0.1", closed_port, 2.0)
    assert (result.name, result.ok) == ("db1", False)
    assert isinstance(result.error, str) and result.error, "say why in `error`"


def test_the_timeout_is_used(probe, tcp_server, timeouts):
    probe.check_tcp("web1", "127.0.0.1", tcp_server.port, 1.5)
    assert 1.5 in timeouts, "the connection was opened without the timeout"
