import tomllib
from typing import NamedTuple


class TargetError(ValueError):
    pass


class Target(NamedTuple):
    name: str
    host: str | None
    port: int | None
    url: str | None


def _valid_port(port):
    return type(port) is int and 0 < port < 65536


def load_targets(path):
    try:
        text = open(path, encoding="utf-8").read()
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise TargetError(f"no such file: {path}") from None
    except tomllib.TOMLDecodeError as error:
        raise TargetError(f"not TOML: {error}") from None
    raw = data.get("target", [])
    if not raw:
        raise TargetError("no targets")
    result, seen = [], set()
    for index, item in enumerate(raw):
        who = item.get("name") or f"#{index + 1}"
        if "name" not in item:
            raise TargetError(f"target {who} has no name")
        if item["name"] in seen:
            raise TargetError(f"duplicate target {who}")
        seen.add(item["name"])
        extra = sorted(set(item) - {"name", "host", "port", "url"})
        if extra:
            raise TargetError(f"target {who}: unexpected {extra}")
        if "url" in item:
            if "host" in item or "port" in item:
                raise TargetError(f"target {who}: url, or host and port, not both")
            result.append(Target(item["name"], None, None, item["url"]))
            continue
        if "host" not in item or "port" not in item:
            raise TargetError(f"target {who}: needs host and port, or url")
        if not _valid_port(item["port"]):
            raise TargetError(f"target {who}: bad port {item['port']!r}")
        result.append(Target(item["name"], item["host"], item["port"], None))
    return result
