import pytest

import netutils


def test_functions_are_available_from_the_package():
    from netutils import is_private, parse_port

    assert is_private("10.1.2.3") is True
    assert is_private("8.8.8.8") is False
    assert parse_port("8080") == 8080


def test_package_functions_still_check_ports():
    with pytest.raises(ValueError):
        netutils.parse_port("70000")


def test_all_lists_the_public_names():
    assert sorted(netutils.__all__) == ["is_private", "parse_port"]


def test_star_import_gives_only_the_public_names():
    namespace = {}
    exec("from netutils import *", namespace)
    assert sorted(name for name in namespace if not name.startswith("__")) == ["is_private", "parse_port"]
