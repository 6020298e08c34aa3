from contextlib import contextmanager


def restore(settings, saved, added):
    for key in added:
        settings.pop(key)
    settings.update(saved)


@contextmanager
def override(settings, **changes):
    saved = {key: settings[key] for key in changes if key in settings}
    added = [key for key in changes if key not in settings]
    settings.update(changes)
    try:
        yield settings
    except BaseException:
        restore(settings, saved, added)
        raise
    restore(settings, saved, added)
