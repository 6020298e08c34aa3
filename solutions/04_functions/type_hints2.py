"""Type hints: make them tell the truth.

Python doesn't check hints, but your editor and type checkers such as mypy
do: they warn when code passes or expects the wrong thing, as long as the
hints are right. A hint that lies is worse than none. Give every parameter
and every return value of the three functions below a hint that tells the
truth, following these rules:
- every parameter and every return value has a hint;
- a list or dict hint says what it holds: `list[str]`, `dict[str, float]`;
- where None can come back, or is the default, the hint says so: `str | None`.
"""


def parse_ports(text: str) -> list[int]:
    """Turn text such as "22, 80,443" into a list of ports: [22, 80, 443]."""
    return [int(part) for part in text.split(",")]


def port_of(services: dict[str, int], name: str) -> int | None:
    """The port of the service `name` in `services`, such as {"ssh": 22}.

    None when there is no such service.
    """
    return services.get(name)


def open_ports(services: dict[str, int], only: list[str] | None = None) -> list[int]:
    """The ports of `services`, lowest first.

    With `only`, a list of service names, just the ports of those services.
    """
    return sorted(port for name, port in services.items() if only is None or name in only)

# --- tests: read them, don't change them ---

import collections.abc
import inspect
import types
import typing

import pytest

SERVICES = {"ssh": 22, "https": 443, "http": 80}
FUNCTIONS = [parse_ports, port_of, open_ports]
NONE = type(None)
MAPPINGS = {dict, collections.abc.Mapping, collections.abc.MutableMapping}
COLLECTIONS = {list, tuple, set, frozenset, collections.abc.Sequence,
               collections.abc.Iterable, collections.abc.Collection,
               collections.abc.Container}


def hints_of(function):
    try:
        return typing.get_type_hints(function)
    except Exception as error:
        pytest.fail(f"the hints of {function.__name__} can't be read: {error}", pytrace=False)


def parts(hint):
    """The types a hint allows: X | None gives {X, None}."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return set(typing.get_args(hint))
    return {hint}


def holds(hint, kinds, items):
    """Is `hint` one of `kinds` (list, dict...) that says it holds `items`?"""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        args = args[:1]
    return origin in kinds and args == items


def test_the_functions_still_work():
    assert parse_ports("22, 80,443") == [22, 80, 443]
    assert port_of(SERVICES, "https") == 443
    assert port_of(SERVICES, "ftp") is None
    assert open_ports(SERVICES) == [22, 80, 443]
    assert open_ports(SERVICES, ["http", "ssh"]) == [22, 80]


def test_every_parameter_and_return_value_has_a_hint():
    for function in FUNCTIONS:
        hints = hints_of(function)
        for name in inspect.signature(function).parameters:
            assert name in hints, f"parameter `{name}` of {function.__name__} has no hint"
        assert "return" in hints, f"{function.__name__} has no return hint (-> ...)"


def test_list_and_dict_hints_say_what_they_hold():
    for function in FUNCTIONS:
        for name, hint in hints_of(function).items():
            for part in parts(hint):
                if part in (list, dict, typing.List, typing.Dict):
                    pytest.fail(f"the hint of `{name}` in {function.__name__} says {part.__name__}"
                                " but not what it holds", pytrace=False)


def test_none_shows_in_the_hints_where_it_can_be():
    assert NONE in parts(hints_of(port_of).get("return")), (
        "port_of can return None: its return hint must say so")
    assert NONE in parts(hints_of(open_ports).get("only")), (
        "`only` is None by default: its hint must say so")


def test_parse_ports_hints_are_true():
    hints = hints_of(parse_ports)
    assert hints.get("text") is str, "`text` is a string"
    assert holds(hints.get("return"), {list}, (int,)), "parse_ports returns a list of ints"


def test_port_of_hints_are_true():
    hints = hints_of(port_of)
    assert holds(hints.get("services"), MAPPINGS, (str, int)), (
        "`services` maps service names (str) to ports (int)")
    assert hints.get("name") is str, "`name` is a string"
    assert parts(hints.get("return")) == {int, NONE}, "port_of returns a port, or None"


def test_open_ports_hints_are_true():
    hints = hints_of(open_ports)
    assert holds(hints.get("services"), MAPPINGS, (str, int)), (
        "`services` maps service names (str) to ports (int)")
    only = parts(hints.get("only"))
    assert NONE in only and len(only) == 2, "`only` is a list of names, or None"
    (names,) = only - {NONE}
    assert holds(names, COLLECTIONS, (str,)), "`only` is a list of names (str), or None"
    assert holds(hints.get("return"), {list}, (int,)), "open_ports returns a list of ints"
