import os

TRUE_WORDS = {"1", "true", "yes", "on"}


def load_config(environ=None):
    if environ is None:
        environ = os.environ
    hosts = environ.get("APP_HOSTS", "")
    return {
        "port": environ.get("APP_PORT", 8080),
        "debug": environ.get("APP_DEBUG", "").lower() in TRUE_WORDS,
        "hosts": [h.strip() for h in hosts.split(",") if h.strip()],
        "name": environ.get("APP_NAME", "app"),
    }
