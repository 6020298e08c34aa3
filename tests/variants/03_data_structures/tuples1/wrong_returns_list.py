def with_port(address, port):
    changed = list(address)
    changed[1] = port
    return changed


def describe(address):
    host, port = address
    return f"{host}:{port}"
