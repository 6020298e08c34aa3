import re

FAILED = re.compile(r"Failed password for (invalid user )?(\S+) from (\S+) port (\d+)")


def parse_failed_login(line):
    found = re.search(FAILED, line)
    if found is None:
        return None
    user, ip, port = found.group(2, 3, 4)
    return {"user": user, "ip": ip, "port": int(port)}
