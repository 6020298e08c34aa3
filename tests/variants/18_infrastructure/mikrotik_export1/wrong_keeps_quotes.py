import re


def parse_export(text):
    text = text.replace("\\\n", "")
    config = {}
    path = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("/"):
            path = line
            config[path] = []
            continue
        entry = {"action": line.split()[0]}
        for key, value in re.findall(r'([\w-]+)=("[^"]*"|\S+)', line):
            entry[key] = value
        config[path].append(entry)
    return config
