def ranked(scores):
    result = scores.copy()
    result.sort()
    result.reverse()
    return result
