def plan(desired, actual):
    creates = [("create", v, desired[v]) for v in sorted(desired) if v not in actual]
    updates = [("update", v, desired[v]) for v in sorted(desired)
               if v in actual and desired[v] != actual[v]]
    deletes = [("delete", v, None) for v in sorted(actual) if v not in desired]
    return creates + updates + deletes


def apply(changes, actual):
    state = {vlan: dict(settings) for vlan, settings in actual.items()}
    for action, vlan, settings in changes:
        if action == "delete":
            del state[vlan]
        else:
            state[vlan] = dict(settings)
    return state
