def print_box(title):
    border = "+" + "-" * (len(title) + 2) + "+"
    return f"{border}\n| {title} |\n{border}"
