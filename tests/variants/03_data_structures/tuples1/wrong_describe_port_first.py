def with_port(address, port):
    host, _ = address
    return (host, port)


def describe(address):
    host, port = address
    return f"{port}:{host}"
