def parse_version(text):
    return tuple(map(int, text.split(".")))


def newest(versions):
    best = versions[0]
    for version in versions[1:]:
        if parse_version(version) > parse_version(best):
            best = version
    return best


def _trimmed(version):
    parts = list(parse_version(version))
    while parts and parts[-1] == 0:
        parts.pop()
    return parts


def compare_versions(a, b):
    left, right = _trimmed(a), _trimmed(b)
    if left == right:
        return 0
    return -1 if left < right else 1


def is_pinned(specifier):
    clauses = [clause.strip() for clause in specifier.split(",") if clause.strip()]
    if len(clauses) != 1:
        return False
    clause = clauses[0]
    return clause[:2] == "==" and not clause.endswith("*")
