SPEED_LIMIT = 50


def is_speeding(speed):
    return speed >= SPEED_LIMIT
