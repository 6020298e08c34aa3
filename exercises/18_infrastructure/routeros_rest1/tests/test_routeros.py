import pytest
import requests

from routeros import add_address, down_interfaces, remove_address

AUTH = ("admin", "lab-pass")


@pytest.fixture
def timeouts(monkeypatch):
    """The timeout of every HTTP request made through requests."""
    seen = []
    real = requests.Session.request

    def request(self, method, url, *args, **kwargs):
        seen.append(kwargs.get("timeout"))
        return real(self, method, url, *args, **kwargs)

    monkeypatch.setattr(requests.Session, "request", request)
    return seen


def test_down_interfaces(router):
    assert sorted(down_interfaces(router.base_url, AUTH)) == ["ether2", "ether4"]


def test_wrong_password_raises(router):
    with pytest.raises(requests.HTTPError):
        down_interfaces(router.base_url, ("admin", "guess"))


def test_add_address(router):
    new_id = add_address(router.base_url, AUTH, "10.9.0.1/24", "ether1")
    assert [a["address"] for a in router.addresses] == ["192.168.88.1/24", "10.9.0.1/24"]
    assert new_id == router.addresses[-1][".id"]


def test_add_address_error_raises(router):
    with pytest.raises(requests.HTTPError):
        add_address(router.base_url, AUTH, "10.9.0.1/24", "ether99")
    assert len(router.addresses) == 1


def test_remove_address(router):
    add_address(router.base_url, AUTH, "10.9.0.1/24", "ether1")
    assert remove_address(router.base_url, AUTH, "10.9.0.1/24") is True
    assert [a["address"] for a in router.addresses] == ["192.168.88.1/24"]


def test_remove_missing_address_is_not_an_error(router):
    assert remove_address(router.base_url, AUTH, "172.16.0.1/24") is False
    assert [a["address"] for a in router.addresses] == ["192.168.88.1/24"]


def test_every_request_has_a_timeout(router, timeouts):
    add_address(router.base_url, AUTH, "10.9.0.1/24", "ether1")
    remove_address(router.base_url, AUTH, "10.9.0.1/24")
    down_interfaces(router.base_url, AUTH)
    assert timeouts and None not in timeouts, "a request was sent without a timeout"
