import sys

major = sys.version_info.major
at_least_3_11 = sys.version_info.minor >= 11
