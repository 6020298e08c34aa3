def tidy(name):
    return name.strip().title()


def clean_names(raw):
    return [cleaned for name in raw if (cleaned := tidy(name))]
