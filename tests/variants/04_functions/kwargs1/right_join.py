def html_tag(name, text, **attributes):
    parts = [name] + [f'{key}="{value}"' for key, value in attributes.items()]
    return "<" + " ".join(parts) + ">" + text + "</" + name + ">"


def link(url, text, **attributes):
    return html_tag("a", text, **{"href": url, **attributes})
