from contextlib import contextmanager


@contextmanager
def override(settings, **changes):
    saved = {key: settings[key] for key in changes if key in settings}
    added = [key for key in changes if key not in settings]
    settings.update(changes)
    try:
        yield settings
    finally:
        settings.update(saved)


