def make_counter(start=0):
    state = [start]

    def counter():
        state[0] += 1
        return state[0]

    return counter
