def add_tag(tag, tags=None):
    tags = [] if tags is None else tags
    tags += [tag]
    return tags
