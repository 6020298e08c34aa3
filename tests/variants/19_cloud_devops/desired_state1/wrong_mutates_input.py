def plan(desired, actual):
    changes = []
    for vlan in sorted(set(desired) | set(actual)):
        if vlan not in actual:
            changes.append(("create", vlan, desired[vlan]))
        elif vlan not in desired:
            changes.append(("delete", vlan, None))
        elif desired[vlan] != actual[vlan]:
            changes.append(("update", vlan, desired[vlan]))
    return changes


def apply(changes, actual):
    for action, vlan, settings in changes:
        if action == "delete":
            del actual[vlan]
        else:
            actual[vlan] = settings
    return actual
