def add_tag(tag, tags=[]):
    if len(tags) > 0:
        tags.clear()
    tags.append(tag)
    return tags
