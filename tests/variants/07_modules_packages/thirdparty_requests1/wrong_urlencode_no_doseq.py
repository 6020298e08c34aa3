from urllib.parse import urlencode


def search_url(base, params):
    if not params:
        return base
    separator = "&" if "?" in base else "?"
    return base + separator + urlencode(params)
