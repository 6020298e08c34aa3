SPEED_LIMIT = 50


def is_speeding(Speed):
    return Speed > SPEED_LIMIT
