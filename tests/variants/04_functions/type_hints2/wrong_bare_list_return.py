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


def open_ports(services: dict[str, int], only: list[str] | None = None) -> list:
    """The ports of `services`, lowest first.

    With `only`, a list of service names, just the ports of those services.
    """
    return sorted(port for name, port in services.items() if only is None or name in only)

