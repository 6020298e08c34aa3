"""Use a third-party package: let requests build a URL with query parameters.

`search_url(base, params)` returns base with params added as a properly encoded query string:
spaces, "&" or "/" inside a value must not break the URL, a list value repeats its key
(tags=["web", "prod"] -> "tags=web&tags=prod"), and a query already in base is kept. requests
(installed from requirements.txt) does this for every request it sends, and
`requests.Request("GET", url, params=...).prepare()` builds the request without sending it.
"""
import requests


def search_url(base, params):
    # TODO: this glues text together without encoding anything; prepare a
    # requests.Request and return the prepared request's .url
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{base}?{query}"


# --- tests: read them, don't change them ---
from urllib.parse import parse_qs, urlsplit

BASE = "https://monitoring.example.com/api/search"


def query_of(url):
    return parse_qs(urlsplit(url).query)


def test_simple_params():
    url = search_url(BASE, {"host": "web01", "page": 2})
    assert url.startswith(BASE + "?")
    assert query_of(url) == {"host": ["web01"], "page": ["2"]}


def test_value_with_space_ampersand_and_slash():
    url = search_url(BASE, {"q": "disk full & slow /var"})
    assert " " not in url
    assert query_of(url) == {"q": ["disk full & slow /var"]}


def test_list_value_repeats_the_key():
    assert query_of(search_url(BASE, {"tags": ["web", "prod"]})) == {"tags": ["web", "prod"]}


def test_existing_query_is_kept():
    url = search_url(BASE + "?v=2", {"host": "db01"})
    assert urlsplit(url).path == "/api/search"
    assert query_of(url) == {"v": ["2"], "host": ["db01"]}


def test_no_params_gives_the_base_url():
    assert search_url(BASE, {}) == BASE
