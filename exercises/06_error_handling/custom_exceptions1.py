"""Define your own exceptions: a small hierarchy that carries data.

`validate(config)` checks a config dict and raises:
- MissingKeyError when "host" or "port" is absent; the key is kept in `.key`;
- BadValueError when "port" is not an int from 1 to 65535; it keeps `.key` and `.value`.
Both are kinds of ConfigError, so a caller can catch every config problem with one except clause.
"""


class ConfigError(Exception):
    """Base class for every configuration problem."""


# TODO: MissingKeyError must be a kind of ConfigError
class MissingKeyError(Exception):
    def __init__(self, key):
        super().__init__(f"missing required key: {key}")
        # TODO: keep the key on the exception as self.key


class BadValueError(ConfigError):
    def __init__(self, key, value):
        super().__init__(f"bad value for {key}: {value!r}")
        self.key = key
        self.value = value


def validate(config):
    for key in ("host", "port"):
        if key not in config:
            raise MissingKeyError(key)
    port = config["port"]
    if not isinstance(port, int) or not 1 <= port <= 65535:
        raise BadValueError("port", port)


# --- tests: read them, don't change them ---
import pytest


def test_valid_config_passes():
    assert validate({"host": "db01", "port": 5432}) is None


def test_missing_key_is_a_config_error():
    with pytest.raises(ConfigError):
        validate({"port": 5432})


def test_missing_key_carries_the_key():
    with pytest.raises(MissingKeyError) as excinfo:
        validate({"host": "db01"})
    assert excinfo.value.key == "port"
    assert "port" in str(excinfo.value)


def test_bad_port_carries_key_and_value():
    with pytest.raises(BadValueError) as excinfo:
        validate({"host": "db01", "port": 70000})
    assert (excinfo.value.key, excinfo.value.value) == ("port", 70000)
    assert "port" in str(excinfo.value)


def test_port_given_as_text_is_bad():
    with pytest.raises(ConfigError):
        validate({"host": "db01", "port": "5432"})


def test_one_except_clause_catches_every_config_problem():
    caught = []
    for config in [{}, {"host": "db01", "port": 0}, {"port": 22}]:
        try:
            validate(config)
        except ConfigError as err:
            caught.append(type(err).__name__)
    assert caught == ["MissingKeyError", "BadValueError", "MissingKeyError"]
