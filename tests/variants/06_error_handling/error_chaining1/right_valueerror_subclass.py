import json


class ConfigError(Exception):
    """The config text cannot be used."""


def load_config(text):
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ConfigError("cannot parse config") from exc
    if type(data) is dict:
        return data
    raise ConfigError("expected a JSON object")
