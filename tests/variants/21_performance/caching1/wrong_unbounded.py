import functools

HOSTS = {"web1": "10.0.0.11", "web2": "10.0.0.12", "db1": "10.0.0.21"}


def slow_lookup(name):
    return HOSTS[name]


@functools.cache
def resolve_host(name):
    return slow_lookup(name)


def reload_hosts(new_hosts):
    HOSTS.clear()
    HOSTS.update(new_hosts)
    resolve_host.cache_clear()
