"""Named loggers: log through `logging.getLogger(__name__)`, not the root logger."""

import logging

logger = logging.getLogger(__name__)


def load_config(text):
    """Parse "key = value" lines into a dict, skipping blanks and # comments."""
    config = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            logging.debug("skipping line %r", line)
            continue
        key, _, value = line.partition("=")
        config[key.strip()] = value.strip()
    logger.info("loaded %d settings", len(config))
    return config
