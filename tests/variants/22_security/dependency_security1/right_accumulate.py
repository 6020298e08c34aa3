import hashlib
import re


def requirement_lines(text):
    result = []
    current = ""
    for raw in text.splitlines():
        if raw.lstrip().startswith("#"):
            continue
        raw = raw.split(" #")[0]
        if raw.rstrip().endswith("\\"):
            current += raw.rstrip()[:-1] + " "
            continue
        current += raw
        if current.strip():
            result.append(" ".join(current.split()))
        current = ""
    if current.strip():
        result.append(" ".join(current.split()))
    return result


def hashes(requirement):
    return re.findall(r"--hash=sha256:([0-9a-f]{64})", requirement)


def unpinned(text):
    bad = []
    for requirement in requirement_lines(text):
        spec = requirement.split()[0]
        name = re.split(r"[=<>~!]", spec)[0]
        version_pinned = "==" in spec and "===" not in spec
        if not (version_pinned and hashes(requirement)):
            bad.append(name)
    return bad


def file_matches(path, requirement):
    sha = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(65536), b""):
            sha.update(chunk)
    return any(sha.hexdigest() == h for h in hashes(requirement))
