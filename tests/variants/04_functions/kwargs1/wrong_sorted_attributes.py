def html_tag(name, text, **attributes):
    opening = name
    for key in sorted(attributes):
        opening += f' {key}="{attributes[key]}"'
    return f"<{opening}>{text}</{name}>"


def link(url, text, **attributes):
    return html_tag("a", text, href=url, **attributes)
