import tomllib
from dataclasses import dataclass
from pathlib import Path


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class Config:
    directory: Path
    pattern: str = "*.log"
    max_age_days: int = 14
    rotate_over_bytes: int = 1_000_000
    keep: int = 3


ALLOWED = {"directory", "pattern", "max_age_days", "rotate_over_bytes", "keep"}


def _whole(name, value):
    if type(value) is not int or value < 0:
        raise ConfigError(f"{name} must be a non-negative integer")
    return value


def load_config(path):
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(str(e))
    extra = data.keys() - ALLOWED
    if extra:
        raise ConfigError(f"unknown: {sorted(extra)}")
    if "directory" not in data:
        raise ConfigError("directory missing")
    directory = Path(data.pop("directory"))
    if not directory.is_absolute():
        directory = (path.parent / directory).resolve()
    for name in ("max_age_days", "rotate_over_bytes", "keep"):
        if name in data:
            _whole(name, data[name])
    return Config(directory=directory, **data)
