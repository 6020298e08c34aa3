from urllib.parse import parse_qs, quote, unquote_plus, urlsplit


def build_url(base, path, params=None):
    url = f"{base.rstrip('/')}/{path.lstrip('/')}"
    pairs = []
    for name, value in (params or {}).items():
        values = value if isinstance(value, (list, tuple)) else [value]
        for v in values:
            pairs.append(f"{quote(str(name), safe='')}={quote(str(v), safe='')}")
    if pairs:
        url = url + "?" + "&".join(pairs)
    return url


def query_params(url):
    result = {}
    for pair in urlsplit(url).query.split("&"):
        if not pair:
            continue
        name, _, value = pair.partition("=")
        result.setdefault(unquote_plus(name), []).append(unquote_plus(value))
    return result
