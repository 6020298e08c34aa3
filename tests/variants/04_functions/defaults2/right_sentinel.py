_MISSING = object()


def add_tag(tag, tags=_MISSING):
    if tags is _MISSING:
        return [tag]
    tags.append(tag)
    return tags
