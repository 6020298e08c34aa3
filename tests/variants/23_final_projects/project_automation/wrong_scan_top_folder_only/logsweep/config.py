"""Reading and checking the TOML configuration file."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULTS = {"pattern": "*.log", "max_age_days": 14, "rotate_over_bytes": 1_000_000, "keep": 3}
NUMBERS = ("max_age_days", "rotate_over_bytes", "keep")


class ConfigError(Exception):
    """The configuration file can't be used."""


@dataclass(frozen=True)
class Config:
    directory: Path
    pattern: str
    max_age_days: int
    rotate_over_bytes: int
    keep: int


def load_config(path) -> Config:
    """Read a config file; ConfigError for anything wrong in it."""
    path = Path(path)
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from error

    unknown = set(data) - set(DEFAULTS) - {"directory"}
    if unknown:
        raise ConfigError(f"{path}: unknown settings: {', '.join(sorted(unknown))}")
    if "directory" not in data:
        raise ConfigError(f"{path}: `directory` is required")
    settings = {**DEFAULTS, **data}
    for key in NUMBERS:
        value = settings[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ConfigError(f"{path}: `{key}` must be a whole number >= 0, not {value!r}")

    return Config(
        directory=(path.parent / settings["directory"]).resolve(),
        pattern=settings["pattern"],
        max_age_days=settings["max_age_days"],
        rotate_over_bytes=settings["rotate_over_bytes"],
        keep=settings["keep"],
    )
