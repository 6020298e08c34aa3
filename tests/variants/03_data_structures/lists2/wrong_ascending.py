def ranked(scores):
    return sorted(scores)
