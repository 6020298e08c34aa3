def book(booked, row, seat):
    if (row, seat) in booked:
        return False
    booked.add((row, seat))
    return True


def pair_counts(words):
    counts = {}
    for index in range(len(words) - 1):
        pair = tuple(words[index:index + 2])
        if pair in counts:
            counts[pair] += 1
        else:
            counts[pair] = 1
    return counts
