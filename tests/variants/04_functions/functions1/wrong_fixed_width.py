def print_box(title):
    border = "+" + "-" * 9 + "+"
    print(border)
    print(f"| {title} |")
    print(border)
