def connect(host, port=22, *, timeout=10, retries):
    return f"{host}:{port} (timeout {timeout}s, {retries} retries)"
