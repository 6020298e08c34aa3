from urllib.parse import parse_qs, urlencode, urlsplit


def build_url(base, path, params=None):
    url = base.rstrip("/") + "/" + path.lstrip("/")
    if params:
        url += "?" + urlencode(params, doseq=True)
    return url


def query_params(url):
    return parse_qs(url.partition("?")[2])
