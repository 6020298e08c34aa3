SPEED_LIMIT = 50


def is_speeding(speed):
    return not speed <= SPEED_LIMIT
