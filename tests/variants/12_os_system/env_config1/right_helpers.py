import os


def env_int(environ, name, default):
    raw = environ.get(name)
    return default if raw is None else int(raw)


def env_bool(environ, name, default=False):
    raw = environ.get(name)
    if raw is None:
        return default
    return raw.lower() in ("1", "true", "yes", "on")


def env_list(environ, name):
    return [item.strip() for item in environ.get(name, "").split(",") if item.strip()]


def load_config(environ=None):
    env = os.environ if environ is None else environ
    return {
        "port": env_int(env, "APP_PORT", 8080),
        "debug": env_bool(env, "APP_DEBUG"),
        "hosts": env_list(env, "APP_HOSTS"),
        "name": env.get("APP_NAME", "app"),
    }
