def connect(host, port=22, **options):
    unknown = set(options) - {"timeout", "retries"}
    if unknown:
        raise TypeError(f"unexpected keyword arguments: {sorted(unknown)}")
    timeout = options.get("timeout", 10)
    retries = options.get("retries", 3)
    return "%s:%s (timeout %ss, %s retries)" % (host, port, timeout, retries)
