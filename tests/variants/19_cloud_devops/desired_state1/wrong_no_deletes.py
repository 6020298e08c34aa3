def plan(desired, actual):
    changes = []
    for vlan in sorted(desired):
        if vlan not in actual:
            changes.append(("create", vlan, desired[vlan]))
        elif desired[vlan] != actual[vlan]:
            changes.append(("update", vlan, desired[vlan]))
    return changes


def apply(changes, actual):
    state = {vlan: dict(settings) for vlan, settings in actual.items()}
    for action, vlan, settings in changes:
        if action == "delete":
            del state[vlan]
        else:
            state[vlan] = dict(settings)
    return state
