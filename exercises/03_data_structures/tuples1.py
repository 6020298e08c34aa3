"""Tuples: records you don't change in place.

A server address is a tuple `(host, port)`. `with_port(address, port)` must
return the same host with a new port, as a tuple. `describe(address)` must
return text like "db.local:5432".
"""


def with_port(address, port):
    # TODO: make this work for a tuple: build and return a new one.
    address[1] = port
    return address


def describe(address):
    # TODO: build the text from the host and the port inside the tuple.
    return f"{address}"


# --- tests: read them, don't change them ---


def test_with_port_gives_a_new_port():
    assert with_port(("db.local", 5432), 6543) == ("db.local", 6543)


def test_with_port_keeps_the_host():
    host, port = with_port(("10.0.0.7", 80), 8080)
    assert host == "10.0.0.7"
    assert port == 8080


def test_with_port_returns_a_tuple():
    assert isinstance(with_port(("cache", 6379), 6380), tuple)


def test_describe_joins_host_and_port_with_a_colon():
    assert describe(("db.local", 5432)) == "db.local:5432"


def test_describe_works_for_an_ip_address():
    assert describe(("10.0.0.7", 22)) == "10.0.0.7:22"
