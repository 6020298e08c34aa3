import sys

major = 3
at_least_3_11 = sys.version_info >= (3, 11)
