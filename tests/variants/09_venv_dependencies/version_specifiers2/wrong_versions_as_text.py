"""Predict: which versions does a specifier allow?

A version specifier is one or more clauses joined by commas, and a version
must satisfy EVERY clause. `packaging.specifiers.SpecifierSet` implements
them exactly as pip does; `version in SpecifierSet(...)` asks one version.
Read `main()` and write in PREDICTION exactly what it prints, line by line,
before you run anything. The operators: == != < <= > >=, `==X.*` (any
version that starts with X), and `~=` ("compatible release": ~=2.2 means
>=2.2 and ==2.*, ~=1.4.5 means >=1.4.5 and ==1.4.*). Missing parts count as
zeros: 2.0 and 2.0.0 are the same version.
"""
from packaging.specifiers import SpecifierSet

PREDICTION = """
>=1.5,<3: 1.5.0 2.0 2.1.3 2.2 2.9.1
~=2.2: 2.2 2.9.1
~=2.2.0: 2.2
~=1.4.5: 1.4.5
==2.*: 2.0 2.1.3 2.2 2.9.1
==2.0.0: 2.0
>=1.5,!=2.0,<3: 1.5.0 2.1.3 2.2 2.9.1
>=2.3,<2.9: nothing
"""

AVAILABLE = ["1.4.5", "1.4.12", "1.5.0", "2.0", "2.1.3", "2.2", "2.9.1", "3.0"]

SPECIFIERS = [
    ">=1.5,<3",
    "~=2.2",
    "~=2.2.0",
    "~=1.4.5",
    "==2.*",
    "==2.0.0",
    ">=1.5,!=2.0,<3",
    ">=2.3,<2.9",
]


def main():
    for specifier in SPECIFIERS:
        allowed = [version for version in AVAILABLE if version in SpecifierSet(specifier)]
        print(f"{specifier}: {' '.join(allowed) or 'nothing'}")


if __name__ == "__main__":
    main()


