from collections import Counter


def count_words(text):
    return dict(Counter(text.lower().split()))


def most_common(counts):
    return Counter(counts).most_common(1)[0][0]
