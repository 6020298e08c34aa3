def write_summary(path, events):
    levels = {}
    for event in events:
        levels[event["level"]] = levels.get(event["level"], 0) + 1
    summary = {"total": len(events), "levels": levels, "has_errors": "ERROR" in levels}
    with open(path, "w", encoding="utf-8") as f:
        f.write(str(summary).replace("'", '"'))
