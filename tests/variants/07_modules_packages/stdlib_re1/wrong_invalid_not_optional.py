import re

FAILED = re.compile(r"Failed password for (?P<user>\S+) from (?P<ip>\S+) port (?P<port>\d+)")


def parse_failed_login(line):
    match = FAILED.search(line)
    if not match:
        return None
    return {"user": match["user"], "ip": match["ip"], "port": int(match["port"])}
