def add_tag(tag, tags=None):
    if tags is None:
        tags = []
    return tags + [tag]
