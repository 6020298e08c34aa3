def clean_names(raw):
    stripped = [name.strip() for name in raw]
    return [name.title() for name in stripped if name]
