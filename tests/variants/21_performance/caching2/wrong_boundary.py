import time


class TTLCache:
    def __init__(self, ttl, clock=time.monotonic):
        self.ttl = ttl
        self.clock = clock
        self._entries = {}

    def get(self, key, compute):
        now = self.clock()
        if key in self._entries:
            stored_at, value = self._entries[key]
            if now - stored_at <= self.ttl:
                return value
        value = compute()
        self._entries[key] = (now, value)
        return value

    def invalidate(self, key):
        self._entries.pop(key, None)

    def clear(self):
        self._entries.clear()
