import os

TRUE_WORDS = {"1", "true", "yes", "on"}


def load_config(environ=None):
    if environ is None:
        environ = os.environ
    hosts = environ.get("APP_HOSTS", "")
    return {
        "port": int(environ.get("APP_PORT", "8080")),
        "debug": environ.get("APP_DEBUG", "").lower() in TRUE_WORDS,
        "hosts": hosts.split(",") if hosts else [],
        "name": environ.get("APP_NAME", "app"),
    }
