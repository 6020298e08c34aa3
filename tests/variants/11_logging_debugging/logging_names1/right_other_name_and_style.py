"""Named loggers: log through `logging.getLogger(__name__)`, not the root logger."""

import logging

log = logging.getLogger(__name__)


def load_config(text):
    """Parse "key = value" lines into a dict, skipping blanks and # comments."""
    config = {}
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            key, value = (part.strip() for part in line.split("=", 1))
            config[key] = value
            log.debug("read %s", key)
    log.info("loaded %d settings", len(config))
    return config
