def parse_version(text):
    return tuple(int(part) for part in text.strip().split("."))


def compare_versions(a, b):
    """Return -1 if a is older than b, 0 if they are equal, 1 if a is newer."""
    left, right = parse_version(a), parse_version(b)
    width = max(len(left), len(right))
    left += (0,) * (width - len(left))
    right += (0,) * (width - len(right))
    return (left > right) - (left < right)


OPERATORS = ("~=", "==", "!=", ">=", "<=", ">", "<")


def satisfies_clause(version, clause):
    clause = clause.strip()
    operator = next((op for op in OPERATORS if clause.startswith(op)), None)
    if operator is None:
        raise ValueError(f"no comparison operator in clause {clause!r}")
    wanted = clause[len(operator):].strip()
    order = compare_versions(version, wanted)
    if operator == "==":
        return order == 0
    if operator == ">=":
        return order >= 0
    if operator == "<=":
        return order <= 0
    if operator == ">":
        return order > 0
    if operator == "!=":
        return order != 0
    if operator == "<":
        return order < 0
    # "~=": at least `wanted`, and the same release series (all parts but the last).
    return order >= 0 and parse_version(version)[0] == parse_version(wanted)[0]


def satisfies(version, specifier):
    clauses = [clause for clause in specifier.split(",") if clause.strip()]
    return all(satisfies_clause(version, clause) for clause in clauses)


def matching(versions, specifier):
    """The versions that satisfy specifier, in their original order."""
    return [version for version in versions if satisfies(version, specifier)]
