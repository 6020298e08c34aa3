import json


class ConfigError(Exception):
    """The config text cannot be used."""


def load_config(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ConfigError(str(err)) from None
    if not isinstance(data, dict):
        raise ConfigError("config must be a JSON object")
    return data
