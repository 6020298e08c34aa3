"""Read a shared setting from another module at the time you need it.

`should_send(severity)` is True when severity is at or above the level set in settings.py
(LEVELS lists the levels from lowest to highest), as it is at the time of the call: an
operator can change it while the tool runs, with settings.set_level().

`from settings import LEVEL` runs once, when this module is imported: it gives this module a
name LEVEL of its own, bound to the value settings.LEVEL had then. set_level() later binds
settings.LEVEL to a new value, and this module's name doesn't follow.
"""
import settings


def should_send(severity):
    return settings.LEVELS.index(severity) >= settings.LEVELS.index(settings.LEVEL)
