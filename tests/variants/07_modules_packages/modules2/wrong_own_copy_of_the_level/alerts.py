import settings

LEVEL = settings.LEVEL


def should_send(severity):
    return settings.LEVELS.index(severity) >= settings.LEVELS.index(LEVEL)
