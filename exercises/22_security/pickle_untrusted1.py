"""Secure coding principles: never unpickle data you don't trust.

The dashboard keeps a user's preferences in a cookie, and reads them back with `pickle`. But
a pickle is not data, it is a small program that rebuilds objects, and it may call any
function it names while loading: whoever writes the cookie runs code on your server. JSON
only describes data (dicts, lists, strings, numbers, booleans, None). Store the preferences
as JSON text instead, and read them back with `json.loads`; anything that isn't a JSON
object with the known keys is refused with ValueError.
"""
import base64
import json
import pickle

DEFAULTS = {"theme": "light", "page_size": 20, "sites": []}


def dump_prefs(prefs: dict) -> str:
    """The preferences as cookie text."""
    # TODO: JSON instead of pickle.
    return base64.urlsafe_b64encode(pickle.dumps(prefs)).decode("ascii")


def load_prefs(cookie: str) -> dict:
    """The preferences in a cookie that a client sent back: DEFAULTS plus what it sets."""
    # TODO: JSON instead of pickle; ValueError unless it is an object with known keys only.
    data = pickle.loads(base64.urlsafe_b64decode(cookie))
    return {**DEFAULTS, **data}


# --- tests: read them, don't change them ---
import json
import os
import pickle

import pytest


class Exploit:
    """What an attacker puts in a pickle: loading it calls os.system with their command."""

    def __init__(self, command):
        self.command = command

    def __reduce__(self):
        return (os.system, (self.command,))


def cookie_of(payload) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(payload)).decode("ascii")


def test_preferences_survive_the_round_trip():
    prefs = {"theme": "dark", "page_size": 50, "sites": ["ams", "fra"]}
    assert load_prefs(dump_prefs(prefs)) == prefs


def test_missing_keys_get_their_defaults():
    assert load_prefs(dump_prefs({"theme": "dark"})) == {**DEFAULTS, "theme": "dark"}


def test_the_cookie_is_readable_json():
    text = base64.urlsafe_b64decode(dump_prefs({"theme": "dark"})).decode("utf-8")
    assert json.loads(text) == {"theme": "dark"}


def test_a_pickled_cookie_runs_nothing(tmp_path):
    marker = tmp_path / "owned"
    evil = cookie_of(Exploit(f"echo owned > {marker}"))
    error = None
    try:
        load_prefs(evil)
    except Exception as exc:
        error = exc
    assert not marker.exists(), "loading the cookie ran the attacker's command"
    assert isinstance(error, ValueError), f"a pickled cookie must raise ValueError, not {error!r}"


@pytest.mark.parametrize(
    "data", [[1, 2], "dark", {"theme": "dark", "is_admin": True}, 42, None]
)
def test_other_json_is_refused(data):
    cookie = base64.urlsafe_b64encode(json.dumps(data).encode()).decode("ascii")
    with pytest.raises(ValueError):
        load_prefs(cookie)
