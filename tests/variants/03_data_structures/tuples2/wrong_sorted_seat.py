def book(booked, row, seat):
    place = tuple(sorted((row, seat)))
    if place in booked:
        return False
    booked.add(place)
    return True


def pair_counts(words):
    counts = {}
    for index in range(len(words) - 1):
        pair = (words[index], words[index + 1])
        counts[pair] = counts.get(pair, 0) + 1
    return counts
