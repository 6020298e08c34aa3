def grade(score):
    if score < 70:
        return "F"
    elif score < 80:
        return "C"
    elif score < 90:
        return "B"
    else:
        return "A"
