import os


def load_config(environ=None):
    if environ is None:
        environ = os.environ
    hosts = environ.get("APP_HOSTS", "")
    debug = environ.get("APP_DEBUG", "")
    return {
        "port": int(environ.get("APP_PORT", 8080)),
        "debug": debug != "" and debug.lower() != "false",
        "hosts": [h.strip() for h in hosts.split(",") if h.strip()],
        "name": environ.get("APP_NAME", "app"),
    }
