import re

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def pyformat_to_qmark(query, params):
    names = PLACEHOLDER.findall(query)
    return PLACEHOLDER.sub("?", query), tuple(params[n] for n in names)


def fetch_dicts(conn, paramstyle, query, params):
    query, values = pyformat_to_qmark(query, params)
    cur = conn.cursor()
    cur.execute(query, values)
    columns = [column[0] for column in cur.description]
    return [dict(zip(columns, row)) for row in cur.fetchall()]
