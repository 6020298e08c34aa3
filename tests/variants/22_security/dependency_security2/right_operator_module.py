import operator
import re
from importlib import metadata

OPS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
       ">": operator.gt, ">=": operator.ge}


def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def version_key(version):
    parts = [int(p) for p in version.split(".")]
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def in_range(version, spec):
    mine = version_key(version)
    return all(
        OPS[m.group(1)](mine, version_key(m.group(2)))
        for m in (re.fullmatch(r"\s*([<>=!]=?)\s*([\d.]+)\s*", c) for c in spec.split(","))
    )


def audit(installed, advisories):
    installed = {normalize(k): v for k, v in installed.items()}
    result = []
    for adv in advisories:
        key = normalize(adv["package"])
        if key in installed and in_range(installed[key], adv["affected"]):
            result.append((adv["package"], installed[key], adv["id"]))
    return result


def installed_versions(names):
    found = {}
    for dist in metadata.distributions():
        found[normalize(dist.metadata["Name"])] = dist.version
    return {normalize(n): found[normalize(n)] for n in names if normalize(n) in found}
