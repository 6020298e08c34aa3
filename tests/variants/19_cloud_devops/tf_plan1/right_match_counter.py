from collections import Counter


def summarize(plan):
    counter = Counter()
    for resource in plan["resource_changes"]:
        match resource["change"]["actions"]:
            case ["create"]:
                counter["add"] += 1
            case ["update"]:
                counter["change"] += 1
            case ["delete"]:
                counter["destroy"] += 1
            case ["delete", "create"] | ["create", "delete"]:
                counter["add"] += 1
                counter["destroy"] += 1
    return {key: counter[key] for key in ("add", "change", "destroy")}


def destroyed(plan, types):
    found = []
    for resource in plan["resource_changes"]:
        if resource["type"] not in types:
            continue
        if set(resource["change"]["actions"]) & {"delete"}:
            found.append(resource["address"])
    return found
