def ranked(scores):
    return sorted(scores)[::-1]
