count = 0


def make_counter(start=0):
    global count
    count = start

    def counter():
        global count
        count += 1
        return count

    return counter
