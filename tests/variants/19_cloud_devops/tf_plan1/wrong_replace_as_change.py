def summarize(plan):
    summary = {"add": 0, "change": 0, "destroy": 0}
    for resource in plan["resource_changes"]:
        actions = resource["change"]["actions"]
        if len(actions) == 2 or actions == ["update"]:
            summary["change"] += 1
        elif actions == ["create"]:
            summary["add"] += 1
        elif actions == ["delete"]:
            summary["destroy"] += 1
    return summary


def destroyed(plan, types):
    return [r["address"] for r in plan["resource_changes"]
            if r["type"] in types and "delete" in r["change"]["actions"]]
