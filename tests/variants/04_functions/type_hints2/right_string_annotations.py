from __future__ import annotations

import collections.abc


def parse_ports(text: str) -> list[int]:
    ports = []
    for part in text.split(","):
        ports.append(int(part))
    return ports


def port_of(services: dict[str, int], name: str) -> None | int:
    if name in services:
        return services[name]
    return None


def open_ports(
    services: collections.abc.Mapping[str, int],
    only: tuple[str, ...] | None = None,
) -> list[int]:
    wanted = services if only is None else {name: services[name] for name in only if name in services}
    return sorted(wanted.values())
