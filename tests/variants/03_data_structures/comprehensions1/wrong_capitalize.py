def clean_names(raw):
    return [name.strip().capitalize() for name in raw if name.strip()]
