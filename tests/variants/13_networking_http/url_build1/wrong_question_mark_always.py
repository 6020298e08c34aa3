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
    url += "?" + urlencode(params or {}, doseq=True)
    return url


def query_params(url):
    return parse_qs(urlsplit(url).query)


