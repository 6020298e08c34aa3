"""MikroTik / Cisco integration: reading a RouterOS `/export`.

`/export` prints a router's configuration as commands grouped under menu paths. Lines that
start with `#` are comments, a line ending in a backslash continues on the next one, and
values with spaces are quoted (comment="uplink to ISP"). `parse_export` returns
{menu path: [ {"action": "add", key: value, ...}, ... ]}.
"""
import shlex


def logical_lines(text: str) -> list[str]:
    """Lines with comments dropped and backslash continuations joined."""
    lines = []
    pending = ""
    for raw in text.splitlines():
        if not pending and (not raw.strip() or raw.lstrip().startswith("#")):
            continue
        if raw.endswith("\\"):
            pending += raw[:-1]
            continue
        lines.append((pending + raw.strip() if pending else raw).strip())
        pending = ""
    return lines


def parse_export(text: str) -> dict[str, list[dict]]:
    config: dict[str, list[dict]] = {}
    path = None
    for line in logical_lines(text):
        if line.startswith("/"):
            path = line
            config.setdefault(path, [])
            continue
        action, *words = shlex.split(line)
        entry = {"action": action}
        for word in words:
            key, _, value = word.partition("=")
            entry[key] = value
        config[path].append(entry)
    return config


# --- tests: read them, don't change them ---

EXPORT = r"""# 2024-03-01 10:15:02 by RouterOS 7.14.1
# software id = 7XK2-QM4B
#
# model = CCR2004-16G-2S+
# serial number = HD1089ZKP4R
/interface bridge
add comment="LAN bridge" name=bridge-lan
/interface vlan
add interface=bridge-lan name=vlan10-users vlan-id=10
/ip address
add address=192.168.88.1/24 interface=bridge-lan network=192.168.88.0
add address=203.0.113.10/29 comment="uplink to ISP" interface=ether1 \
    network=203.0.113.8
/ip route
add disabled=no distance=1 dst-address=0.0.0.0/0 gateway=203.0.113.9
/system identity
set name=rtr-ams-01
"""


def test_sections():
    assert list(parse_export(EXPORT)) == [
        "/interface bridge", "/interface vlan", "/ip address", "/ip route", "/system identity"
    ]


def test_simple_entry():
    assert parse_export(EXPORT)["/interface vlan"] == [
        {"action": "add", "interface": "bridge-lan", "name": "vlan10-users", "vlan-id": "10"}
    ]


def test_quoted_value_keeps_its_spaces():
    assert parse_export(EXPORT)["/interface bridge"] == [
        {"action": "add", "comment": "LAN bridge", "name": "bridge-lan"}
    ]


def test_continued_line_is_one_entry():
    addresses = parse_export(EXPORT)["/ip address"]
    assert addresses[1] == {
        "action": "add",
        "address": "203.0.113.10/29",
        "comment": "uplink to ISP",
        "interface": "ether1",
        "network": "203.0.113.8",
    }
    assert len(addresses) == 2


def test_set_command():
    assert parse_export(EXPORT)["/system identity"] == [{"action": "set", "name": "rtr-ams-01"}]
