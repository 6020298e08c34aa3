import functools
import re

PATTERN = re.compile(r"(\d+)\.(\d+)\.(\d+)(?:-([\w.-]+))?(?:\+[\w.-]+)?")


def parse(version):
    m = PATTERN.fullmatch(version)
    if not m:
        raise ValueError(version)
    return int(m[1]), int(m[2]), int(m[3]), m[4] or ""


@functools.total_ordering
class Identifier:
    def __init__(self, text):
        self.text = text

    def _key(self):
        if self.text.isdigit():
            return (0, int(self.text), "")
        return (1, 0, self.text)

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()


def sort_key(version):
    major, minor, patch, pre = parse(version)
    if pre == "":
        return (major, minor, patch, True, [])
    return (major, minor, patch, False, [Identifier(p) for p in pre.split(".")])


PARTS = {"major": 0, "minor": 1, "patch": 2}


def bump(version, part):
    if part not in PARTS:
        raise ValueError(part)
    numbers = list(parse(version)[:3])
    i = PARTS[part]
    numbers[i] += 1
    for j in range(i + 1, 3):
        numbers[j] = 0
    return ".".join(str(n) for n in numbers)


def latest(versions, include_prereleases=False):
    candidates = [v for v in versions if include_prereleases or "-" not in v.split("+")[0]]
    return sorted(candidates, key=sort_key)[-1]
