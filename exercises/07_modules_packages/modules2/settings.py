"""Settings shared by every module of the alerting tool."""

LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LEVEL = "WARNING"


def set_level(level):
    """Change the lowest level of the alerts that are sent, for every module of the tool."""
    global LEVEL
    if level not in LEVELS:
        raise ValueError(f"unknown level: {level}")
    LEVEL = level
