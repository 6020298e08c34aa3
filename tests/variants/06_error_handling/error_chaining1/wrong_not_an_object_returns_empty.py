import json


class ConfigError(Exception):
    """The config text cannot be used."""


def load_config(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ConfigError("invalid JSON") from err
    if not isinstance(data, dict):
        return {}
    return data
