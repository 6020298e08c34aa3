"""Asking a slow source the same question twice is wasted time. Cache resolve_host with
functools.lru_cache, bounded so the cache can't grow forever, and make reload_hosts clear
it, so no answer from the old table survives. cache_info() tells how well the cache works.
"""

import functools

HOSTS = {"web1": "10.0.0.11", "web2": "10.0.0.12", "db1": "10.0.0.21"}


def slow_lookup(name: str) -> str:
    """Stands in for a DNS query or an inventory API call."""
    return HOSTS[name]


@functools.lru_cache(maxsize=256)
def resolve_host(name: str) -> str:
    """The address of a host."""
    return slow_lookup(name)


def reload_hosts(new_hosts: dict[str, str]) -> None:
    """Replace the host table."""
    HOSTS.clear()
    HOSTS.update(new_hosts)
    resolve_host.cache_clear()


# --- tests: read them, don't change them ---
import pytest

ORIGINAL = dict(HOSTS)


@pytest.fixture(autouse=True)
def lookups(monkeypatch):
    """Count the calls that reach slow_lookup; start every test with an empty cache."""
    calls = []

    def counting(name):
        calls.append(name)
        return HOSTS[name]

    monkeypatch.setitem(globals(), "slow_lookup", counting)
    HOSTS.clear()
    HOSTS.update(ORIGINAL)
    getattr(resolve_host, "cache_clear", lambda: None)()
    return calls


def test_repeated_lookups_ask_the_slow_source_once(lookups):
    for _ in range(3):
        assert resolve_host("web1") == "10.0.0.11"
    assert lookups == ["web1"]


def test_different_names_are_cached_separately(lookups):
    resolve_host("web1")
    resolve_host("db1")
    resolve_host("web1")
    assert lookups == ["web1", "db1"]


def test_cache_info_counts_hits_and_misses():
    resolve_host("web1")
    resolve_host("web1")
    resolve_host("web2")
    info = resolve_host.cache_info()
    assert (info.hits, info.misses) == (1, 2)


def test_cache_is_bounded():
    assert resolve_host.cache_info().maxsize is not None


def test_reload_forgets_old_answers(lookups):
    assert resolve_host("web1") == "10.0.0.11"
    reload_hosts({"web1": "10.9.9.9"})
    assert resolve_host("web1") == "10.9.9.9"
    assert lookups == ["web1", "web1"]


def test_unknown_host_is_still_an_error():
    with pytest.raises(KeyError):
        resolve_host("nowhere")
