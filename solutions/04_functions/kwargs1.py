"""**kwargs: any number of keyword arguments.

`html_tag(name, text, **attributes)` must build an HTML element where every
keyword argument becomes an attribute, in the order given:
`html_tag("a", "Docs", href="/docs", title="Help")` gives
'<a href="/docs" title="Help">Docs</a>'. `link(url, text, **attributes)` makes
an "a" tag and must pass any extra attributes on to `html_tag`.
"""


def html_tag(name, text, **attributes):
    opening = name
    for key, value in attributes.items():
        opening += f' {key}="{value}"'
    return f"<{opening}>{text}</{name}>"


def link(url, text, **attributes):
    return html_tag("a", text, href=url, **attributes)


# --- tests: read them, don't change them ---


def test_no_attributes():
    assert html_tag("p", "Hello") == "<p>Hello</p>"


def test_one_attribute():
    assert html_tag("a", "Docs", href="/docs") == '<a href="/docs">Docs</a>'


def test_attributes_keep_the_order_they_were_given_in():
    html = html_tag("img", "", src="cat.png", alt="A cat")
    assert html == '<img src="cat.png" alt="A cat"></img>'


def test_attribute_values_can_be_numbers():
    assert html_tag("td", "total", colspan=2) == '<td colspan="2">total</td>'


def test_link_without_extra_attributes():
    assert link("/home", "Home") == '<a href="/home">Home</a>'


def test_link_passes_extra_attributes_on():
    assert link("/docs", "Docs", target="_blank", title="Help") == (
        '<a href="/docs" target="_blank" title="Help">Docs</a>'
    )
