import time


class TTLCache:
    def __init__(self, ttl, clock=time.monotonic):
        self.ttl = ttl
        self.clock = clock
        self._values = {}
        self._expires = {}

    def get(self, key, compute):
        now = self.clock()
        if key in self._values and now < self._expires[key]:
            return self._values[key]
        value = compute()
        self._values[key] = value
        self._expires[key] = now + self.ttl
        return value

    def invalidate(self, key):
        if key in self._values:
            del self._values[key]
            del self._expires[key]

    def clear(self):
        self._values.clear()
        self._expires.clear()
