def with_port(address, port):
    return address + (port,)


def describe(address):
    host, port = address
    return f"{host}:{port}"
