def parse_failed_login(line):
    if "Failed password for" not in line:
        return None
    words = line.split()
    if words[8] == "invalid":
        return {"user": words[10], "ip": words[12], "port": int(words[14])}
    return {"user": words[8], "ip": words[10], "port": int(words[12])}
