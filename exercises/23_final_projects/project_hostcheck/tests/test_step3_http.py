"""Step 3: hostcheck/probe.py, the HTTP check and check()."""
import time

import pytest


@pytest.fixture
def probe(need):
    need("hostcheck", 1)
    return need("hostcheck.probe", 3)


def test_a_healthy_url_is_ok(probe, web):
    result = probe.check_http("api", web.url + "/health", 2.0)
    assert (result.name, result.ok, result.error) == ("api", True, None)
    assert isinstance(result.seconds, float) and 0 <= result.seconds < 2.0


@pytest.mark.parametrize("path, status", [("/broken", "503"), ("/nothing", "404")])
def test_an_error_status_is_not_ok(probe, web, path, status):
    result = probe.check_http("api", web.url + path, 2.0)
    assert result.ok is False
    assert status in (result.error or ""), f"the error should name the status {status}"


def test_a_redirect_is_followed(probe, web):
    assert probe.check_http("api", web.url + "/moved", 2.0).ok is True


def test_no_server_is_not_ok(probe, closed_port):
    result = probe.check_http("api", f"http://127.0.0.1:{closed_port}/health", 2.0)
    assert result.ok is False and result.error


def test_a_slow_answer_times_out(probe, web):
    started = time.monotonic()
    result = probe.check_http("api", web.url + "/slow", 0.2)
    took = time.monotonic() - started
    assert result.ok is False, f"the check waited {took:.1f} s with a timeout of 0.2 s"
    assert took < 0.9, f"the check waited {took:.1f} s with a timeout of 0.2 s"


def test_check_picks_the_check(probe, need, web, tcp_server):
    targets = need("hostcheck.targets", 1)
    by_url = targets.Target("api", None, None, web.url + "/broken")
    by_port = targets.Target("web1", "127.0.0.1", tcp_server.port, None)
    assert probe.check(by_url, 2.0).ok is False
    assert probe.check(by_port, 2.0).ok is True
    assert probe.check(by_port, 2.0).name == "web1"
