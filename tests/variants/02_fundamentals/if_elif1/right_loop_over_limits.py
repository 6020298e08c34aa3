LIMITS = [(90, "A"), (80, "B"), (70, "C")]


def grade(score):
    for limit, letter in LIMITS:
        if score >= limit:
            return letter
    return "F"
