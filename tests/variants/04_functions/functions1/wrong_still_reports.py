def print_box(title):
    border = "+" + "-" * (len(title) + 2) + "+"
    print(border)
    print("| Reports |")
    print(border)
