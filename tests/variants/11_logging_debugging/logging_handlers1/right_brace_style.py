"""Handlers and formatters: where log lines go and what they look like."""

import logging


def setup_logging(log_file, console):
    """Configure and return the "shop" logger; `console` is a text stream."""
    logger = logging.getLogger("shop")
    logger.setLevel("DEBUG")
    handlers = [
        (logging.FileHandler(log_file, encoding="utf-8"), logging.DEBUG),
        (logging.StreamHandler(console), logging.WARNING),
    ]
    for handler, level in handlers:
        handler.setLevel(level)
        handler.setFormatter(logging.Formatter("{levelname} {name}: {message}", style="{"))
        logger.addHandler(handler)
    return logger
