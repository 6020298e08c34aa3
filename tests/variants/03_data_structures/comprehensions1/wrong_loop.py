def clean_names(raw):
    cleaned = []
    for name in raw:
        name = name.strip()
        if name == "":
            continue
        cleaned.append(name.title())
    return cleaned
