from urllib.parse import urlencode, urlsplit, urlunsplit


def search_url(base, params):
    parts = urlsplit(base)
    extra = urlencode(params, doseq=True)
    query = "&".join(q for q in [parts.query, extra] if q)
    return urlunsplit(parts._replace(query=query))
