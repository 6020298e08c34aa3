def make_counter(start=0):
    count = start

    def counter():
        return count + 1

    return counter
