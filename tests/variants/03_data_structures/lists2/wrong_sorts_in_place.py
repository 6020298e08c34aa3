def ranked(scores):
    scores.sort(reverse=True)
    return scores
