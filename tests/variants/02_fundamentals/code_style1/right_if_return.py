SPEED_LIMIT = 50


def is_speeding(speed):
    if speed > SPEED_LIMIT:
        return True
    return False
