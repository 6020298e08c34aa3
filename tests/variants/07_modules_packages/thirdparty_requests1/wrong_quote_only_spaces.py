def search_url(base, params):
    if not params:
        return base
    pairs = []
    for key, value in params.items():
        values = value if isinstance(value, list) else [value]
        for v in values:
            pairs.append(f"{key}={str(v).replace(' ', '+')}")
    separator = "&" if "?" in base else "?"
    return base + separator + "&".join(pairs)
