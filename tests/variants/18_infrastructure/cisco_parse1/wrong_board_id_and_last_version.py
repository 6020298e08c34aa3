import re


def parse_ip_int_brief(text):
    interfaces = []
    for line in text.splitlines()[1:]:
        if not line.strip():
            continue
        fields = line.split()
        interfaces.append({
            "interface": fields[0],
            "ip": None if fields[1] == "unassigned" else fields[1],
            "status": " ".join(fields[4:-1]),
            "protocol": fields[-1],
        })
    return interfaces


def parse_show_version(text):
    hostname, uptime = re.search(r"^(\S+) uptime is (.+)$", text, re.MULTILINE).groups()
    versions = re.findall(r"Version ([^,\s]+)", text)
    return {
        "hostname": hostname,
        "version": versions[-1],
        "uptime": uptime,
        "serial": re.search(r"Serial Number\s*:\s*(\S+)", text).group(1),
    }
