def html_tag(name, text, **attributes):
    opening = name
    for key, value in attributes.items():
        opening += f' {key}="{value}"'
    return f"<{opening}>{text}</{name}>"


def link(url, text, **attributes):
    return html_tag("a", text, href=url)
