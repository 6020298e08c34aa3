from inventory.loader import parse_inventory
from inventory.models import Host


def test_parses_hosts_with_tags():
    text = "web01 10.0.0.11 web,prod\ndb01 10.0.0.21 db\n"
    assert parse_inventory(text) == [
        Host("web01", "10.0.0.11", ["web", "prod"]),
        Host("db01", "10.0.0.21", ["db"]),
    ]


def test_tags_are_optional_and_comments_skipped():
    text = "# lab\n\nlab01 192.168.5.10\n"
    assert parse_inventory(text) == [Host("lab01", "192.168.5.10", [])]


def test_records_are_hosts():
    (host,) = parse_inventory("mail01 10.0.0.31 mail")
    assert isinstance(host, Host)
    assert host.ip == "10.0.0.31"
