def with_port(address, port):
    return address[0], port


def describe(address):
    return "%s:%d" % address
