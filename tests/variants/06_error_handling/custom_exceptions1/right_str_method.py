class ConfigError(Exception):
    """Base class for every configuration problem."""


class MissingKeyError(ConfigError):
    def __init__(self, key):
        self.key = key

    def __str__(self):
        return f"the config needs a {self.key!r} entry"


class BadValueError(ConfigError):
    def __init__(self, key, value):
        self.key, self.value = key, value

    def __str__(self):
        return f"{self.key}={self.value!r} is not allowed"


def validate(config):
    if "host" not in config:
        raise MissingKeyError("host")
    if "port" not in config:
        raise MissingKeyError("port")
    port = config["port"]
    if type(port) is not int or port < 1 or port > 65535:
        raise BadValueError("port", port)
