class override:
    def __init__(self, settings, **changes):
        self.settings = settings
        self.changes = changes
        self.before = dict(settings)

    def __enter__(self):
        self.settings.update(self.changes)
        return self.settings

    def __exit__(self, exc_type, exc, tb):
        for key in self.changes:
            if key in self.before:
                self.settings[key] = self.before[key]
            else:
                self.settings.pop(key, None)
