"""
Python 3 is the language you are learning. A new version comes out every
October (3.11, 3.12, 3.13, ...) and each gets fixes for about five years.
A program can see which version runs it in `sys.version_info`, which holds
the parts of the version number: `major` (the 3), `minor` (the 11), ...

This course needs Python 3.11 or newer. Fill in the two values below.
"""

import sys

# TODO: read the major version number from sys.version_info
major = 0

# TODO: is this Python 3.11 or newer? Compare sys.version_info with (3, 11)
at_least_3_11 = False

print("Major version:", major)
print("At least 3.11:", at_least_3_11)
