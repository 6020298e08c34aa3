class ConfigError(Exception):
    """Base class for every configuration problem."""


class MissingKeyError(ConfigError):
    def __init__(self, key):
        super().__init__(f"missing required key: {key}")


class BadValueError(ConfigError):
    def __init__(self, key, value):
        super().__init__(f"bad value for {key}: {value!r}")
        self.key = key
        self.value = value


def validate(config):
    for key in ("host", "port"):
        if key not in config:
            raise MissingKeyError(key)
    port = config["port"]
    if not isinstance(port, int) or not 1 <= port <= 65535:
        raise BadValueError("port", port)
