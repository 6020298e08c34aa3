HOSTS = {"web1": "10.0.0.11", "web2": "10.0.0.12", "db1": "10.0.0.21"}
_CACHE = {}


def slow_lookup(name):
    return HOSTS[name]


def resolve_host(name):
    if name not in _CACHE:
        _CACHE[name] = slow_lookup(name)
    return _CACHE[name]


def reload_hosts(new_hosts):
    HOSTS.clear()
    HOSTS.update(new_hosts)
    _CACHE.clear()
