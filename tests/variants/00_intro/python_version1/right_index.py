import sys

major = sys.version_info[0]
at_least_3_11 = sys.version_info[:2] >= (3, 11)
