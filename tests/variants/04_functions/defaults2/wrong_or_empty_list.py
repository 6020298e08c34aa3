def add_tag(tag, tags=None):
    tags = tags or []
    tags.append(tag)
    return tags
