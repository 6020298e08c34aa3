def clean_names(raw):
    return [name.strip().title() for name in raw]
