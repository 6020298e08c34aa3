def parse_version(text):
    major, _, rest = text.strip().partition(".")
    return (float(major + "." + (rest.replace(".", "") or "0")),)


def newest(versions):
    return max(versions, key=parse_version)


def compare_versions(a, b):
    """Return -1 if a is older than b, 0 if they are equal, 1 if a is newer."""
    left, right = parse_version(a), parse_version(b)
    width = max(len(left), len(right))
    left += (0,) * (width - len(left))
    right += (0,) * (width - len(right))
    return (left > right) - (left < right)


def is_pinned(specifier):
    if "," in specifier or "*" in specifier:
        return False
    return specifier.strip().startswith("==")
