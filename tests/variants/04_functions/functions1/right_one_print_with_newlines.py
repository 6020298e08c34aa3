def print_box(title):
    line = "+" + "-" * (len(title) + 2) + "+"
    print(line + "\n| " + title + " |\n" + line)
