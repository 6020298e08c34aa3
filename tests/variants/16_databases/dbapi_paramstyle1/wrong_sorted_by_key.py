import re

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def pyformat_to_qmark(query, params):
    return PLACEHOLDER.sub("?", query), tuple(params[k] for k in sorted(params))


def fetch_dicts(conn, paramstyle, query, params):
    if paramstyle == "qmark":
        query, params = pyformat_to_qmark(query, params)
    cur = conn.cursor()
    cur.execute(query, params)
    columns = [column[0] for column in cur.description]
    return [dict(zip(columns, row)) for row in cur.fetchall()]
