from functools import lru_cache

HOSTS = {"web1": "10.0.0.11", "web2": "10.0.0.12", "db1": "10.0.0.21"}


def slow_lookup(name):
    return HOSTS[name]


def _resolve(name):
    return slow_lookup(name)


resolve_host = lru_cache(maxsize=128)(_resolve)


def reload_hosts(new_hosts):
    HOSTS.clear()
    HOSTS.update(new_hosts)
    resolve_host.cache_clear()
