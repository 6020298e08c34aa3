def should_send(severity):
    from settings import LEVEL, LEVELS

    return LEVELS.index(severity) >= LEVELS.index(LEVEL)
