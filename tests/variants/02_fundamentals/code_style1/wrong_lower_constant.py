speed_limit = 50


def is_speeding(speed):
    return speed > speed_limit
