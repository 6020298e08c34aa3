"""Versioning: predict what PEP 440 says about these versions.

pip compares versions the way PEP 440 describes, with the `packaging` library, and that is
not how strings compare: 1.10 comes after 1.9, a .dev or rc release comes before its final
release, a .post release after it. `SpecifierSet.filter()` (how pip picks from the releases
of a project) keeps the versions inside a range, in their order, and leaves pre-releases out
when a final release matches too. Read `main`, then write in PREDICTION exactly what it
prints, one line per print.
"""
from packaging.specifiers import SpecifierSet
from packaging.version import Version

RELEASES = ["1.9.2", "1.10.0", "2.0.0", "2.0.0rc1", "1.10.0.post1", "1.10.0.dev3"]


def main():
    print(max(RELEASES))
    print(max(RELEASES, key=Version))
    print(sorted(RELEASES, key=Version))
    print(Version("1.10") == Version("1.10.0"), "1.10" == "1.10.0")
    print(list(SpecifierSet(">=1.10,<2").filter(RELEASES)))
    print(list(SpecifierSet("~=1.9").filter(RELEASES)))


PREDICTION = """
2.0.0rc1
2.0.0
['1.10.0', '1.10.0.dev3', '1.10.0.post1', '1.9.2', '2.0.0', '2.0.0rc1']
True False
['1.10.0', '1.10.0.post1']
['1.9.2', '1.10.0', '1.10.0.post1']
"""


