def connect(host, port=22, *extra, timeout=10, retries=3):
    if extra:
        raise TypeError("timeout and retries must be passed by keyword")
    return f"{host}:{port} (timeout {timeout}s, {retries} retries)"
