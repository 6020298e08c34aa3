"""Named loggers: log through `logging.getLogger("config")`, not the root logger.

`load_config` logs with `logging.info(...)`, which goes through the root logger:
nobody can tell which module spoke, or quiet this module on its own. Create a
module-level logger named after the module and send every message through it.
"""

import logging

logger = logging.getLogger("config")


def load_config(text):
    """Parse "key = value" lines into a dict, skipping blanks and # comments."""
    config = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            logger.debug("skipping line %r", line)
            continue
        key, _, value = line.partition("=")
        config[key.strip()] = value.strip()
    logger.info("loaded %d settings", len(config))
    return config


