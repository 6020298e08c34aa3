import shlex


def parse_export(text):
    config = {}
    path = None
    for raw in text.splitlines():
        line = raw.strip().rstrip("\\").strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("/"):
            path = line
            config.setdefault(path, [])
            continue
        words = shlex.split(line)
        if "=" in words[0]:
            continue  # a continuation line: not a command
        entry = {"action": words[0]}
        for word in words[1:]:
            key, _, value = word.partition("=")
            entry[key] = value
        config[path].append(entry)
    return config
