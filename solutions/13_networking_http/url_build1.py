"""Build and read URLs with urllib.parse instead of gluing strings.

`build_url(base, path, params=None)` puts `path` after `base` (exactly one "/"
between them) and adds the query string from `params`: a value that is a list
becomes the same name repeated, and every value is encoded so spaces, "&" or
"=" inside it stay part of that value. No params, no "?". `query_params(url)`
does the reverse: it returns a dict of name -> list of decoded values, read
from the query only (a "#fragment" after it is not part of the query).
"""
from urllib.parse import parse_qs, urlencode, urlsplit


def build_url(base, path, params=None):
    url = base.rstrip("/") + "/" + path.lstrip("/")
    if params:
        url += "?" + urlencode(params, doseq=True)
    return url


def query_params(url):
    return parse_qs(urlsplit(url).query)


# --- tests: read them, don't change them ---
from urllib.parse import urlunsplit

API = "https://api.example.com/v1"


def test_joins_base_and_path_with_one_slash():
    assert build_url(API, "users/42") == "https://api.example.com/v1/users/42"
    assert build_url(API + "/", "/users/42") == "https://api.example.com/v1/users/42"


def test_simple_query():
    assert build_url(API, "search", {"page": 2}) == API + "/search?page=2"


def test_values_are_encoded():
    url = build_url(API, "search", {"q": "ada lovelace", "team": "R&D", "expr": "a=b"})
    parts = urlsplit(url)
    assert " " not in url
    assert parts.path == "/v1/search"
    assert parse_qs(parts.query) == {"q": ["ada lovelace"], "team": ["R&D"], "expr": ["a=b"]}


def test_list_value_repeats_the_name():
    url = build_url(API, "hosts", {"tag": ["web", "prod"]})
    assert parse_qs(urlsplit(url).query) == {"tag": ["web", "prod"]}


def test_query_params_decodes_values():
    url = "https://api.example.com/search?q=ada+lovelace&team=R%26D&tag=a&tag=b"
    assert query_params(url) == {"q": ["ada lovelace"], "team": ["R&D"], "tag": ["a", "b"]}


def test_query_params_ignores_the_fragment():
    url = urlunsplit(("https", "example.com", "/docs", "lang=en", "install"))
    assert query_params(url) == {"lang": ["en"]}


def test_round_trip():
    params = {"q": "100% sure?", "who": ["Ada", "Grace Hopper"]}
    assert query_params(build_url(API, "search", params)) == {
        "q": ["100% sure?"], "who": ["Ada", "Grace Hopper"],
    }
