def ranked(scores):
    result = scores
    result.sort(reverse=True)
    return result
