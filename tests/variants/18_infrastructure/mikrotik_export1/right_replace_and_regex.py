import re

PAIR = re.compile(r'([\w.-]+)=("(?:[^"\\]|\\.)*"|\S*)')


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
        action = line.split(None, 1)[0]
        entry = {"action": action}
        for key, value in PAIR.findall(line):
            if value.startswith('"') and value.endswith('"'):
                value = value[1:-1]
            entry[key] = value
        config[path].append(entry)
    return config
