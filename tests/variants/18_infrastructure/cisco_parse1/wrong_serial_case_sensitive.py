"""MikroTik / Cisco integration: parsing Cisco CLI output.

Devices without an API still answer `show` commands, and automation reads that text.
`parse_ip_int_brief` turns `show ip interface brief` into one dict per interface (watch the
status "administratively down": it has a space in it). `parse_show_version` picks the
hostname, software version, uptime and system serial number out of `show version`, for
IOS XE and for older IOS, which spells it "System serial number".
"""
import re


def parse_ip_int_brief(text: str) -> list[dict]:
    interfaces = []
    for line in text.splitlines()[1:]:
        if not line.strip():
            continue
        fields = line.split()
        name, ip = fields[0], fields[1]
        interfaces.append({
            "interface": name,
            "ip": None if ip == "unassigned" else ip,
            "status": " ".join(fields[4:-1]),
            "protocol": fields[-1],
        })
    return interfaces


def parse_show_version(text: str) -> dict:
    hostname, uptime = re.search(r"^(\S+) uptime is (.+)$", text, re.MULTILINE).groups()
    return {
        "hostname": hostname,
        "version": re.search(r"Version ([^,\s]+)", text).group(1),
        "uptime": uptime,
        "serial": re.search(
            r"^System Serial Number\s*:\s*(\S+)", text, re.MULTILINE
        ).group(1),
    }
