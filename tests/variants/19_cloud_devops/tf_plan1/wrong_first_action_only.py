"""Infrastructure scripts: reading a Terraform plan.

`terraform show -json plan.out` turns a saved plan into JSON, and CI scripts read it before
anyone types `terraform apply`. Each entry of "resource_changes" has an "address", a "type"
and "change": {"actions": [...]}, where the actions are one of
    ["no-op"]  ["read"]  ["create"]  ["update"]  ["delete"]
    ["delete", "create"] or ["create", "delete"]   (a replacement, in either order)
`summarize` counts what Terraform's own summary line counts ("Plan: 3 to add, 1 to change,
2 to destroy."): a replacement is one add AND one destroy; reads and no-ops count nowhere.
`destroyed` lists, in plan order, the addresses of the resources of the given types that the
plan would destroy, replacements included: a database that is replaced loses its data too.
"""

COUNTS = {"create": "add", "update": "change", "delete": "destroy"}


def summarize(plan: dict) -> dict[str, int]:
    summary = {"add": 0, "change": 0, "destroy": 0}
    for resource in plan["resource_changes"]:
        actions = resource["change"]["actions"]
        key = COUNTS.get(actions[0])
        if key:
            summary[key] += 1
    return summary


def destroyed(plan: dict, types: set[str]) -> list[str]:
    return [
        resource["address"]
        for resource in plan["resource_changes"]
        if resource["type"] in types and "delete" in resource["change"]["actions"]
    ]
