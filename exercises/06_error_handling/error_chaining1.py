"""Don't swallow errors: translate them into your own, and keep the cause.

`load_config(text)` parses a JSON config and returns it as a dict. When the text is not valid
JSON, or is valid JSON but not an object (a list, a number...), it raises ConfigError, so callers
only deal with one exception. The JSON error stays attached as the cause (`raise ... from err`)
so the traceback still shows the line and column. Other errors (say, None instead of a str) are
bugs in the caller and must propagate unchanged.
"""
import json


class ConfigError(Exception):
    """The config text cannot be used."""


def load_config(text):
    try:
        data = json.loads(text)
    # TODO: `except Exception` + `return {}` hides every problem, bugs included.
    # Catch only json.JSONDecodeError and raise ConfigError from it.
    except Exception:
        return {}
    if not isinstance(data, dict):
        # TODO: this is a bad config too: raise ConfigError
        return {}
    return data


# --- tests: read them, don't change them ---
import json

import pytest


def test_valid_config():
    assert load_config('{"host": "db01", "port": 5432}') == {"host": "db01", "port": 5432}


def test_empty_object_is_a_valid_config():
    assert load_config("{}") == {}


def test_invalid_json_raises_config_error():
    with pytest.raises(ConfigError):
        load_config('{"host": "db01",}')


def test_json_error_is_kept_as_the_cause():
    with pytest.raises(ConfigError) as excinfo:
        load_config('{"host": ')
    assert isinstance(excinfo.value.__cause__, json.JSONDecodeError)


def test_json_that_is_not_an_object_raises_config_error():
    for text in ["[1, 2]", "42", '"db01"']:
        with pytest.raises(ConfigError):
            load_config(text)


def test_caller_bugs_are_not_hidden():
    with pytest.raises(TypeError):
        load_config(None)
