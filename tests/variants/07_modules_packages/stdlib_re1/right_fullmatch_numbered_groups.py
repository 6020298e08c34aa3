import re

PATTERN = re.compile(r".*sshd\[\d+\]: Failed password for (invalid user )?(\S+) from ([\d.]+) port (\d+) .*")


def parse_failed_login(line):
    m = PATTERN.fullmatch(line)
    if m is None:
        return None
    _, user, ip, port = m.groups()
    return {"user": user, "ip": ip, "port": int(port)}
