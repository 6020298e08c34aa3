"""Handlers and formatters: where log lines go and what they look like.

`setup_logging` should write every message (DEBUG and up) to the log file, and
only WARNING and up to the console stream. Both use the format
`LEVEL name: message`, for example `WARNING shop: stock low`.
"""

import logging


def setup_logging(log_file, console):
    """Configure and return the "shop" logger; `console` is a text stream."""
    logger = logging.getLogger("shop")
    logger.setLevel(logging.DEBUG)
    formatter = logging.Formatter("%(levelname)s: %(message)s")

    file_handler = logging.FileHandler(log_file, encoding="utf-8")
    file_handler.setFormatter(formatter)
    logger.addHandler(file_handler)

    console_handler = logging.StreamHandler(console)
    console_handler.setLevel(logging.WARNING)
    console_handler.setFormatter(formatter)
    logger.addHandler(console_handler)
    return logger


