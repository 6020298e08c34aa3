"""
Each new Python version adds features: text got .removeprefix() in 3.9, the
`match` statement came with 3.10, the `tomllib` module (for reading TOML
settings files) with 3.11. A program that must also run on older Pythons
checks the version before it uses such a feature.

A version number is not text, though. Compared as text, "3.9" comes AFTER
"3.10", letter by letter, because "9" is after "1". The checks below compare
the version as text and get Python 3.9 and 3.10 wrong. Make each of them
compare numbers instead: sys.version_info with a tuple such as (3, 10). The
tests run your lines as if on several Python versions.
"""

import platform
import sys

version = platform.python_version()  # text such as "3.12.1"

# Compare sys.version_info with a tuple of numbers in all three checks
has_removeprefix = True
has_match_statement = True
has_tomllib = True

print("Python", version)
print("str.removeprefix:", has_removeprefix)
print("match statement:", has_match_statement)
print("tomllib:", has_tomllib)
