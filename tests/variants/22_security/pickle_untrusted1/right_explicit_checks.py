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

DEFAULTS = {"theme": "light", "page_size": 20, "sites": []}


def dump_prefs(prefs: dict) -> str:
    """The preferences as cookie text."""
    return base64.urlsafe_b64encode(json.dumps(prefs).encode("utf-8")).decode("ascii")


def load_prefs(cookie: str) -> dict:
    """The preferences in a cookie that a client sent back: DEFAULTS plus what it sets."""
    try:
        text = base64.urlsafe_b64decode(cookie).decode("utf-8")
        data = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError("bad cookie") from error
    if type(data) is not dict:
        raise ValueError("bad cookie")
    for key in data:
        if key not in DEFAULTS:
            raise ValueError(f"unknown preference {key}")
    prefs = dict(DEFAULTS)
    prefs.update(data)
    return prefs


