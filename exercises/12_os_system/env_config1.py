"""Read configuration from environment variables, with defaults and types.

`load_config(environ)` reads these variables from a mapping (os.environ when
`environ` is None) and returns a dict with keys "port", "debug", "hosts", "name":
    APP_PORT   int, default 8080 (a value that is not a number raises ValueError)
    APP_DEBUG  bool: "1", "true", "yes", "on" in any case mean True; default False
    APP_HOSTS  comma-separated names, spaces trimmed; default []
    APP_NAME   str, default "app"
Environment variables are always strings: converting them is your job.
"""
import os

TRUE_WORDS = {"1", "true", "yes", "on"}


def load_config(environ=None):
    if environ is None:
        environ = os.environ
    hosts = environ.get("APP_HOSTS", "")
    return {
        # TODO: the port must be an int
        "port": environ.get("APP_PORT", 8080),
        # TODO: bool("false") is True: any non-empty string is
        "debug": bool(environ.get("APP_DEBUG")),
        "hosts": [h.strip() for h in hosts.split(",") if h.strip()],
        "name": environ.get("APP_NAME", "app"),
    }


# --- tests: read them, don't change them ---
import pytest


def test_defaults_for_an_empty_environment(monkeypatch):
    monkeypatch.setenv("APP_NAME", "set-in-the-real-environment")
    assert load_config({}) == {"port": 8080, "debug": False, "hosts": [], "name": "app"}


def test_port_becomes_an_int():
    assert load_config({"APP_PORT": "9000"})["port"] == 9000


def test_port_that_is_not_a_number_raises():
    with pytest.raises(ValueError):
        load_config({"APP_PORT": "eighty"})


@pytest.mark.parametrize("value", ["1", "true", "TRUE", "Yes", "on"])
def test_debug_words_that_mean_true(value):
    assert load_config({"APP_DEBUG": value})["debug"] is True


@pytest.mark.parametrize("value", ["0", "false", "False", "no", "off", ""])
def test_debug_words_that_mean_false(value):
    assert load_config({"APP_DEBUG": value})["debug"] is False


def test_hosts_are_split_and_trimmed():
    config = load_config({"APP_HOSTS": "web1, web2 ,db1"})
    assert config["hosts"] == ["web1", "web2", "db1"]


def test_reads_os_environ_by_default(monkeypatch):
    monkeypatch.setenv("APP_PORT", "7000")
    monkeypatch.setenv("APP_DEBUG", "yes")
    monkeypatch.delenv("APP_HOSTS", raising=False)
    monkeypatch.delenv("APP_NAME", raising=False)
    assert load_config() == {"port": 7000, "debug": True, "hosts": [], "name": "app"}
