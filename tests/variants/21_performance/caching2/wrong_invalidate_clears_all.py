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
        self._entries.clear()

    def clear(self) -> None:
        """Forget everything."""
        self._entries.clear()
