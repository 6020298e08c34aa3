import sys

major = sys.version_info.minor
at_least_3_11 = sys.version_info >= (3, 11)
