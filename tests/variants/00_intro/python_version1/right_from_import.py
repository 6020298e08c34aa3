from sys import version_info

major = version_info.major
at_least_3_11 = version_info >= (3, 11, 0)
