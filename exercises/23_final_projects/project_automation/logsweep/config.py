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
    # TODO (step 1): a file that isn't valid TOML is a ConfigError too
    with path.open("rb") as file:
        data = tomllib.load(file)

    # TODO (step 1): raise ConfigError for settings not in DEFAULTS (typos such as
    #       "max_age"), for a missing "directory", and for NUMBERS that are not whole
    #       numbers >= 0 (careful: in Python, True is an int too)
    settings = {**DEFAULTS, **data}

    # TODO (step 1): a relative directory is relative to the config file's folder
    return Config(
        directory=Path(settings["directory"]),
        pattern=settings["pattern"],
        max_age_days=settings["max_age_days"],
        rotate_over_bytes=settings["rotate_over_bytes"],
        keep=settings["keep"],
    )
