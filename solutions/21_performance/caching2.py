"""lru_cache keeps an answer until it is cleared. Answers that go stale, like a service's
health or a token, need a time-to-live (TTL): after `ttl` seconds the entry is computed again.
Finish TTLCache. It takes its clock as an argument, so the tests can move time by hand.
"""

import time


class TTLCache:
    """Remembers computed values for `ttl` seconds."""

    def __init__(self, ttl: float, clock=time.monotonic):
        self.ttl = ttl
        self.clock = clock
        self._entries = {}  # key -> (time stored, value)

    def get(self, key, compute):
        """The cached value for key while it is fresh; otherwise compute(), store, return it.

        An entry is fresh while less than `ttl` seconds have passed since it was stored.
        """
        now = self.clock()
        if key in self._entries:
            stored_at, value = self._entries[key]
            if now - stored_at < self.ttl:
                return value
        value = compute()
        self._entries[key] = (now, value)
        return value

    def invalidate(self, key) -> None:
        """Forget one key (nothing happens if it isn't cached)."""
        self._entries.pop(key, None)

    def clear(self) -> None:
        """Forget everything."""
        self._entries.clear()


# --- tests: read them, don't change them ---
import pytest


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


class Source:
    """Hands out "v1", "v2", ... and counts the calls."""

    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return f"v{self.calls}"


@pytest.fixture
def clock():
    return FakeClock()


def test_fresh_entry_is_reused(clock):
    cache, source = TTLCache(30, clock), Source()
    assert cache.get("web1", source) == "v1"
    clock.now += 29.9
    assert cache.get("web1", source) == "v1"
    assert source.calls == 1


def test_entry_is_stale_once_ttl_has_passed(clock):
    cache, source = TTLCache(30, clock), Source()
    cache.get("web1", source)
    clock.now += 30
    assert cache.get("web1", source) == "v2"
    assert source.calls == 2


def test_recomputed_entry_gets_a_new_lifetime(clock):
    cache, source = TTLCache(30, clock), Source()
    cache.get("web1", source)
    clock.now += 45
    cache.get("web1", source)
    clock.now += 20
    assert cache.get("web1", source) == "v2"


def test_keys_expire_independently(clock):
    cache, source = TTLCache(30, clock), Source()
    cache.get("web1", source)
    clock.now += 20
    cache.get("web2", source)
    clock.now += 15
    assert cache.get("web2", source) == "v2"
    assert cache.get("web1", source) == "v3"


def test_invalidate_forgets_one_key(clock):
    cache, source = TTLCache(30, clock), Source()
    cache.get("web1", source)
    cache.get("web2", source)
    cache.invalidate("web1")
    cache.invalidate("never-cached")
    assert cache.get("web1", source) == "v3"
    assert cache.get("web2", source) == "v2"


def test_a_failing_compute_is_not_cached(clock):
    cache = TTLCache(30, clock)

    def broken():
        raise ConnectionError("service down")

    with pytest.raises(ConnectionError):
        cache.get("web1", broken)
    assert cache.get("web1", lambda: "up") == "up"
