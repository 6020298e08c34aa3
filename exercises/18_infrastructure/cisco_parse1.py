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
        # TODO: a status can be two words; take the protocol from the end instead.
        if len(fields) != 6:
            continue
        name, ip, _ok, _method, status, protocol = fields
        interfaces.append({
            "interface": name,
            "ip": ip,  # TODO: "unassigned" means no address: use None
            "status": status,
            "protocol": protocol,
        })
    return interfaces


def parse_show_version(text: str) -> dict:
    hostname, uptime = re.search(r"^(\S+) uptime is (.+)$", text, re.MULTILINE).groups()
    return {
        "hostname": hostname,
        # TODO: stop the version at a comma or whitespace.
        "version": re.search(r"Version (.+)", text).group(1),
        "uptime": uptime,
        # TODO: read the value after "System Serial Number   :" (any case).
        "serial": None,
    }


# --- tests: read them, don't change them ---

IP_INT_BRIEF = """\
Interface              IP-Address      OK? Method Status                Protocol
GigabitEthernet0/0     10.0.0.1        YES NVRAM  up                    up
GigabitEthernet0/1     unassigned      YES NVRAM  administratively down down
GigabitEthernet0/2     172.16.5.1      YES manual up                    down
Loopback0              192.0.2.1       YES manual up                    up
Vlan10                 10.10.0.1       YES manual down                  down
"""

SHOW_VERSION = """\
Cisco IOS XE Software, Version 17.09.04a
Cisco IOS Software [Cupertino], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.9.4a, RELEASE SOFTWARE (fc5)
Technical Support: http://www.cisco.com/techsupport
Copyright (c) 1986-2023 by Cisco Systems, Inc.

ROM: IOS-XE ROMMON
BOOTLDR: System Bootstrap, Version 17.9.1r[FC2], RELEASE SOFTWARE (P)

sw-core-01 uptime is 3 weeks, 2 days, 4 hours, 12 minutes
Uptime for this control processor is 3 weeks, 2 days, 4 hours, 14 minutes
System returned to ROM by Reload Command
System image file is "flash:packages.conf"

cisco C9300-48P (X86) processor with 1419044K/6147K bytes of memory.
Processor board ID FOC2231X0AB
48 Ethernet interfaces
Base Ethernet MAC Address          : 70:18:a7:1e:22:80
Motherboard Assembly Number        : 73-17955-06
Motherboard Serial Number          : FOC22300F1W
Model Revision Number              : C0
Model Number                       : C9300-48P
System Serial Number               : FOC2231X0AB
"""


def test_every_interface_is_parsed():
    names = [i["interface"] for i in parse_ip_int_brief(IP_INT_BRIEF)]
    assert names == ["GigabitEthernet0/0", "GigabitEthernet0/1", "GigabitEthernet0/2",
                     "Loopback0", "Vlan10"]


def test_interface_fields():
    interfaces = {i["interface"]: i for i in parse_ip_int_brief(IP_INT_BRIEF)}
    assert interfaces["GigabitEthernet0/0"] == {
        "interface": "GigabitEthernet0/0", "ip": "10.0.0.1", "status": "up", "protocol": "up"
    }
    assert interfaces["GigabitEthernet0/2"]["protocol"] == "down"


def test_admin_down_and_unassigned():
    interfaces = {i["interface"]: i for i in parse_ip_int_brief(IP_INT_BRIEF)}
    assert interfaces["GigabitEthernet0/1"] == {
        "interface": "GigabitEthernet0/1",
        "ip": None,
        "status": "administratively down",
        "protocol": "down",
    }


SHOW_VERSION_IOS = """\
Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E8, RELEASE SOFTWARE (fc3)
Technical Support: http://www.cisco.com/techsupport
Copyright (c) 1986-2023 by Cisco Systems, Inc.
Compiled Fri 17-Mar-23 05:38 by mcpre

ROM: Bootstrap program is C2960X boot loader
BOOTLDR: C2960X Boot Loader (C2960X-HBOOT-M) Version 15.2(3r)E1, RELEASE SOFTWARE (fc1)

access-07 uptime is 1 year, 12 weeks, 3 days, 22 hours, 5 minutes
System returned to ROM by power-on
System image file is "flash:c2960x-universalk9-mz.152-7.E8.bin"

cisco WS-C2960X-48FPD-L (APM86XXX) processor (revision D0) with 524288K bytes of memory.
Processor board ID FOC1932Y0C4
Last reset from power-on
Base ethernet MAC Address       : 00:A3:8E:11:22:80
Motherboard assembly number     : 73-15955-05
Power supply serial number      : LIT19310DYN
Model number                    : WS-C2960X-48FPD-L
System serial number            : FOC1932X1AB
"""


def test_show_version_ios_xe():
    assert parse_show_version(SHOW_VERSION) == {
        "hostname": "sw-core-01",
        "version": "17.09.04a",
        "uptime": "3 weeks, 2 days, 4 hours, 12 minutes",
        "serial": "FOC2231X0AB",
    }


def test_show_version_classic_ios():
    assert parse_show_version(SHOW_VERSION_IOS) == {
        "hostname": "access-07",
        "version": "15.2(7)E8",
        "uptime": "1 year, 12 weeks, 3 days, 22 hours, 5 minutes",
        "serial": "FOC1932X1AB",
    }
