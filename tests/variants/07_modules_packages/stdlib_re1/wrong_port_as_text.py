import re

FAILED = re.compile(r"Failed password for (?:invalid user )?(?P<user>\S+) from (?P<ip>\S+) port (?P<port>\d+)")


def parse_failed_login(line):
    match = FAILED.search(line)
    return match.groupdict() if match else None
