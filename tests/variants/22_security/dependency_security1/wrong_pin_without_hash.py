import hashlib
import re


def requirement_lines(text):
    text = text.replace("\\\n", " ")
    lines = []
    for line in text.splitlines():
        line = re.sub(r"(^|\s)#.*", "", line).strip()
        if line:
            lines.append(line)
    return lines


def hashes(requirement):
    return re.findall(r"--hash=sha256:([0-9a-f]{64})", requirement)


def unpinned(text):
    bad = []
    for requirement in requirement_lines(text):
        name = re.match(r"[A-Za-z0-9._-]+", requirement).group()
        if "==" not in requirement:
            bad.append(name)
    return bad


def file_matches(path, requirement):
    return hashlib.sha256(path.read_bytes()).hexdigest() in hashes(requirement)
