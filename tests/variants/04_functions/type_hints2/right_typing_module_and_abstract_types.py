from typing import Dict, Iterable, List, Mapping, Optional


def parse_ports(text: str) -> List[int]:
    return [int(part) for part in text.split(",")]


def port_of(services: Mapping[str, int], name: str) -> Optional[int]:
    return services.get(name)


def open_ports(services: Dict[str, int], only: Optional[Iterable[str]] = None) -> List[int]:
    return sorted(port for name, port in services.items() if only is None or name in only)
