import operator as op


def parse_version(text):
    return [int(part) for part in text.strip().split(".")]


def _padded(a, b):
    a, b = parse_version(a), parse_version(b)
    width = max(len(a), len(b))
    return a + [0] * (width - len(a)), b + [0] * (width - len(b))


def compare_versions(a, b):
    left, right = _padded(a, b)
    return (left > right) - (left < right)


def _compatible(version, wanted):
    series = parse_version(wanted)[:-1]
    upper = series[:-1] + [series[-1] + 1]
    upper_text = ".".join(str(part) for part in upper)
    return compare_versions(version, wanted) >= 0 and compare_versions(version, upper_text) < 0


TABLE = {
    "==": op.eq,
    "!=": op.ne,
    ">=": op.ge,
    "<=": op.le,
    ">": op.gt,
    "<": op.lt,
}


def satisfies_clause(version, clause):
    clause = clause.strip()
    if clause.startswith("~="):
        return _compatible(version, clause[2:].strip())
    symbol = clause[:2] if clause[:2] in TABLE else clause[:1]
    return TABLE[symbol](compare_versions(version, clause[len(symbol):].strip()), 0)


def satisfies(version, specifier):
    for clause in specifier.split(","):
        if clause.strip() and not satisfies_clause(version, clause):
            return False
    return True


def matching(versions, specifier):
    found = []
    for version in versions:
        if satisfies(version, specifier):
            found.append(version)
    return found
