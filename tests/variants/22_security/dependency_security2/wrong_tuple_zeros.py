import re
from importlib import metadata


def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def version_key(version):
    # keeps trailing zeros: (2,) < (2, 0)
    return tuple(int(p) for p in version.split("."))


CHECK = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
         "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}


def in_range(version, spec):
    for clause in spec.split(","):
        op, bound = re.fullmatch(r"\s*(==|!=|<=|>=|<|>)\s*([0-9.]+)\s*", clause).groups()
        if not CHECK[op](version_key(version), version_key(bound)):
            return False
    return True


def audit(installed, advisories):
    installed = {normalize(k): v for k, v in installed.items()}
    out = []
    for a in advisories:
        v = installed.get(normalize(a["package"]))
        if v is not None and in_range(v, a["affected"]):
            out.append((a["package"], v, a["id"]))
    return out


def installed_versions(names):
    out = {}
    for name in names:
        try:
            out[normalize(name)] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out
