"""Logging levels per logger: quiet one part of a program, make another talk.

A program's settings say how much each part of it should log, for example
{"": "WARNING", "shop.db": "DEBUG", "shop.web": "ERROR"}: the key "" is the root
logger, every other key is a logger's name, and the value is a level name, in
any case ("debug" works too). `configure_levels` should give each named logger
its level. A logger that is not in the settings keeps no level of its own, so
it follows its parent: "shop.db.pool" does what "shop.db" does. An unknown level
name raises ValueError.
"""

import logging


def configure_levels(settings):
    """Set the level of each logger named in `settings`."""
    for name, level in settings.items():
        if name:
            logging.getLogger(name).setLevel(level.upper())
