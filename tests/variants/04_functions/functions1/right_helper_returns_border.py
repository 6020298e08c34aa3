def border_for(text):
    return "+" + "-" * (len(text) + 2) + "+"


def print_box(title):
    for line in (border_for(title), "| %s |" % title, border_for(title)):
        print(line)


if __name__ == "__main__":
    for title in ["Reports", "Backups", "Users"]:
        print_box(title)
