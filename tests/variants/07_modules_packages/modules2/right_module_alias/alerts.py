import settings as config
from settings import LEVELS


def should_send(severity):
    return LEVELS.index(severity) >= LEVELS.index(config.LEVEL)
