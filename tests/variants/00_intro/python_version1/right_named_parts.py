import sys

major = sys.version_info.major
minor = sys.version_info.minor
at_least_3_11 = (major, minor) >= (3, 11)
