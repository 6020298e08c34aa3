import re

ROW = re.compile(
    r"^(?P<interface>\S+)\s+(?P<ip>\S+)\s+\S+\s+\S+\s+(?P<status>.+?)\s+(?P<protocol>\S+)\s*$"
)


def parse_ip_int_brief(text):
    result = []
    for line in text.splitlines():
        if line.startswith("Interface"):
            continue
        match = ROW.match(line)
        if match:
            row = match.groupdict()
            if row["ip"] == "unassigned":
                row["ip"] = None
            result.append(row)
    return result


def parse_show_version(text):
    facts = {}
    for line in text.splitlines():
        if " uptime is " in line and "hostname" not in facts:
            facts["hostname"], facts["uptime"] = line.split(" uptime is ", 1)
        elif line.lower().startswith("system serial number"):
            facts["serial"] = line.split(":", 1)[1].strip()
        elif "version" not in facts and "Version " in line:
            facts["version"] = line.split("Version ", 1)[1].split(",")[0].split()[0]
    return facts
