def connect(host, port=22, timeout=10, *, retries=3):
    return f"{host}:{port} (timeout {timeout}s, {retries} retries)"
