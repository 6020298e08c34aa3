def with_port(address, port):
    return address[:1] + (port,)


def describe(address):
    return address[0] + ":" + str(address[1])
