"""Every dependency you install is code you run. Pin each one to an exact version with the
sha256 hashes of its files (pip install --require-hashes then refuses anything else), and check
a downloaded file against those hashes before using it. Finish the requirements reader, the
pin check and the download check.
"""

import hashlib
import re
from pathlib import Path


def requirement_lines(text: str) -> list[str]:
    """The requirements in a requirements.txt, one string each.

    Comments (from " #" or a line starting with "#") and blank lines are dropped, and a line
    ending in a backslash continues on the next line.
    """
    lines = []
    joined = text.replace("\\\n", " ")
    for line in joined.splitlines():
        line = re.sub(r"(^|\s)#.*", "", line).strip()
        if line:
            lines.append(line)
    return lines


def hashes(requirement: str) -> list[str]:
    """The hex digests of the --hash=sha256:... options of one requirement."""
    return re.findall(r"--hash=sha256:([0-9a-f]{64})", requirement)


def unpinned(text: str) -> list[str]:
    """Names of the requirements that are not pinned with "==" AND at least one sha256 hash."""
    bad = []
    for requirement in requirement_lines(text):
        name = re.match(r"[A-Za-z0-9._-]+", requirement).group()
        pinned = "=" in requirement
        if not pinned or not hashes(requirement):
            bad.append(name)
    return bad


def file_matches(path: Path, requirement: str) -> bool:
    """Is the sha256 of the file one of the requirement's hashes?"""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest in hashes(requirement)


