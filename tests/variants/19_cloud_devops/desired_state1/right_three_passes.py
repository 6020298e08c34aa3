import copy


def plan(desired, actual):
    creates = [("create", v, desired[v]) for v in desired if v not in actual]
    updates = [("update", v, desired[v]) for v in desired if v in actual and actual[v] != desired[v]]
    deletes = [("delete", v, None) for v in actual if v not in desired]
    return sorted(creates + updates + deletes, key=lambda change: change[1])


def apply(changes, actual):
    state = copy.deepcopy(actual)
    for action, vlan, settings in changes:
        if action == "delete":
            state.pop(vlan)
        elif action in ("create", "update"):
            state[vlan] = copy.deepcopy(settings)
    return state
