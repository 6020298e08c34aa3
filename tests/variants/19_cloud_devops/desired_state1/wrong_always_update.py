"""Configuration management concepts: desired state, plan, idempotent apply.

Tools like Ansible, Salt and Terraform compare the state you want with the state you have,
plan only the differences, and apply them. Here the state is a switch's VLANs,
{vlan id: {"name": ...}}. `plan` returns the changes, sorted by VLAN id: ("create", id,
settings), ("update", id, settings) or ("delete", id, None). Nothing to do means an empty
plan, so applying twice changes nothing the second time. `apply` returns the new state
and leaves its input alone.
"""


def plan(desired: dict[int, dict], actual: dict[int, dict]) -> list[tuple]:
    changes = []
    for vlan in sorted(desired.keys() | actual.keys()):
        if vlan not in actual:
            changes.append(("create", vlan, desired[vlan]))
        elif vlan not in desired:
            changes.append(("delete", vlan, None))
        else:
            changes.append(("update", vlan, desired[vlan]))
    return changes


def apply(changes: list[tuple], actual: dict[int, dict]) -> dict[int, dict]:
    state = {vlan: dict(settings) for vlan, settings in actual.items()}
    for action, vlan, settings in changes:
        if action == "delete":
            del state[vlan]
        else:
            state[vlan] = dict(settings)
    return state
