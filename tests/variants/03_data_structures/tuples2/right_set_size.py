def book(booked, row, seat):
    before = len(booked)
    booked.add((row, seat))
    return len(booked) > before


def pair_counts(words):
    counts = {}
    previous = None
    for index, word in enumerate(words):
        if index > 0:
            counts[previous, word] = counts.get((previous, word), 0) + 1
        previous = word
    return counts
