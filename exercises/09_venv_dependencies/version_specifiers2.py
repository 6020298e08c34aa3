"""Which versions satisfy a specifier?

A specifier is one or more clauses joined by commas, and a version matches
only when it satisfies EVERY clause; an empty specifier matches anything.
Finish the operators in `satisfies_clause`: `!=`, `<` and `~=` (the
"compatible release": ~=2.2 means >=2.2 but still 2.x; ~=1.4.5 means
>=1.4.5 but still 1.4.x). Then make `satisfies` check all the clauses.
"""


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
    # TODO: "!=", "<" and "~=".
    return False


def satisfies(version, specifier):
    # TODO: every comma-separated clause must hold; "" allows any version.
    return satisfies_clause(version, specifier.split(",")[0])


def matching(versions, specifier):
    """The versions that satisfy specifier, in their original order."""
    return [version for version in versions if satisfies(version, specifier)]


# --- tests: read them, don't change them ---


def test_equal():
    assert satisfies("2.31.0", "==2.31.0")
    assert satisfies("2.31", "==2.31.0")
    assert not satisfies("2.31.1", "==2.31.0")


def test_not_equal():
    assert satisfies("2.0.1", "!=2.0")
    assert not satisfies("2.0.0", "!=2.0")


def test_greater_and_less():
    assert satisfies("3.0", ">=3.0")
    assert satisfies("2.9", "<3")
    assert not satisfies("3.0.0", "<3")
    assert satisfies("1.0", "<=1.0") and not satisfies("1.0", ">1.0")


def test_versions_compare_as_numbers():
    assert satisfies("2.10.0", ">=2.9")
    assert not satisfies("2.10.0", "<2.9")


def test_compatible_release_with_two_parts():
    assert satisfies("2.2", "~=2.2")
    assert satisfies("2.9.1", "~=2.2")
    assert not satisfies("3.0", "~=2.2")
    assert not satisfies("2.1.9", "~=2.2")


def test_compatible_release_with_three_parts():
    assert satisfies("1.4.5", "~=1.4.5")
    assert satisfies("1.4.12", "~=1.4.5")
    assert not satisfies("1.5.0", "~=1.4.5")
    assert not satisfies("1.4.4", "~=1.4.5")


def test_every_clause_must_hold():
    assert satisfies("2.32.3", ">=2.31,<3")
    assert not satisfies("3.0.0", ">=2.31,<3")
    assert not satisfies("2.30", ">=2.31,<3")
    assert not satisfies("1.5.0", ">= 1.0, != 1.5.0, < 2")
    assert satisfies("1.5.1", ">= 1.0, != 1.5.0, < 2")


def test_an_empty_specifier_allows_everything():
    assert satisfies("0.1", "")
    assert satisfies("99.0", "  ")


def test_matching_keeps_the_order():
    available = ["1.0", "2.31.0", "2.32.3", "2.4", "3.0.0"]
    assert matching(available, ">=2.31,<3") == ["2.31.0", "2.32.3"]
    assert matching(available, "~=2.4") == ["2.31.0", "2.32.3", "2.4"]
