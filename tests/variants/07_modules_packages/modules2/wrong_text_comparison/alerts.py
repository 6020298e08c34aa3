import settings


def should_send(severity):
    return severity >= settings.LEVEL
