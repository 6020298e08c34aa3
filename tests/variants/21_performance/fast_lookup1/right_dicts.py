def unknown_hosts(seen, inventory):
    known = dict.fromkeys(inventory)
    result = []
    for host in seen:
        if host not in known:
            result.append(host)
    return result


def record_key(record):
    return record["host"].lower(), record["path"]


def dedupe(records):
    first = {}
    for record in records:
        first.setdefault(record_key(record), record)
    return list(first.values())
