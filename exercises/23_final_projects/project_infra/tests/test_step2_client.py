import socket

import pytest
import requests

from netbackup.client import ConfigClient, FetchError
from conftest import CONFIGS, TOKEN


class RecordingSession(requests.Session):
    """A real requests session that remembers the keyword arguments of each request."""

    def __init__(self):
        super().__init__()
        self.calls = []

    def request(self, method, url, *args, **kwargs):
        self.calls.append(kwargs)
        return super().request(method, url, *args, **kwargs)


def test_fetches_the_config_text(service):
    client = ConfigClient(service, TOKEN)
    assert client.fetch_config("core-sw1") == CONFIGS["core-sw1"]


def test_every_request_has_a_timeout(service):
    session = RecordingSession()
    ConfigClient(service, TOKEN, timeout=2.5, session=session).fetch_config("edge-r1")
    assert [call.get("timeout") for call in session.calls] == [2.5]


@pytest.mark.parametrize("device", ["no-such-device", "broken", "garbled"])
def test_http_errors_and_bad_answers_are_fetch_errors(service, device):
    with pytest.raises(FetchError):
        ConfigClient(service, TOKEN).fetch_config(device)


def test_a_wrong_token_is_a_fetch_error(service):
    with pytest.raises(FetchError):
        ConfigClient(service, "not-the-token").fetch_config("core-sw1")


def test_an_unreachable_service_is_a_fetch_error():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError):
        ConfigClient(f"http://127.0.0.1:{port}", TOKEN, timeout=2).fetch_config("core-sw1")
