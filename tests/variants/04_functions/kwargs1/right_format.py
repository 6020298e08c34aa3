def html_tag(name, text, **kwargs):
    attrs = "".join(' %s="%s"' % (key, kwargs[key]) for key in kwargs)
    return "<%s%s>%s</%s>" % (name, attrs, text, name)


def link(url, text, **kwargs):
    kwargs = {"href": url} | kwargs
    return html_tag("a", text, **kwargs)
