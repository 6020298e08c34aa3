import re


def pyformat_to_qmark(query, params):
    parts = re.split(r"%\((\w+)\)s", query)
    # re.split with a group: text, name, text, name, ..., text
    text = parts[0::2]
    names = parts[1::2]
    return "?".join(text), tuple(params[name] for name in names)


def fetch_dicts(conn, paramstyle, query, params):
    if paramstyle != "qmark":
        args = (query, params)
    else:
        args = pyformat_to_qmark(query, params)
    cur = conn.cursor()
    cur.execute(*args)
    names = [d[0] for d in cur.description]
    result = []
    for row in cur.fetchall():
        result.append({name: value for name, value in zip(names, row)})
    cur.close()
    return result
