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
    # TODO: also look at VLANs that exist but are no longer wanted (they get deleted).
    for vlan in sorted(desired):
        if vlan not in actual:
            changes.append(("create", vlan, desired[vlan]))
        else:
            # TODO: update only when the settings differ.
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


# --- tests: read them, don't change them ---
import copy

DESIRED = {10: {"name": "users"}, 20: {"name": "voice"}, 99: {"name": "mgmt"}}


def test_empty_switch_gets_everything_created():
    assert plan(DESIRED, {}) == [
        ("create", 10, {"name": "users"}),
        ("create", 20, {"name": "voice"}),
        ("create", 99, {"name": "mgmt"}),
    ]


def test_in_sync_means_no_changes():
    assert plan(DESIRED, copy.deepcopy(DESIRED)) == []


def test_only_differences_are_planned():
    actual = {10: {"name": "users"}, 20: {"name": "VOICE-old"}, 30: {"name": "guests"}}
    assert plan(DESIRED, actual) == [
        ("update", 20, {"name": "voice"}),
        ("delete", 30, None),
        ("create", 99, {"name": "mgmt"}),
    ]


def test_apply_reaches_the_desired_state():
    actual = {10: {"name": "users"}, 20: {"name": "VOICE-old"}, 30: {"name": "guests"}}
    assert apply(plan(DESIRED, actual), actual) == DESIRED


def test_second_run_changes_nothing():
    actual = {30: {"name": "guests"}}
    first = apply(plan(DESIRED, actual), actual)
    assert plan(DESIRED, first) == []
    assert apply(plan(DESIRED, first), first) == first


def test_apply_leaves_its_input_alone():
    actual = {20: {"name": "VOICE-old"}, 30: {"name": "guests"}}
    before = copy.deepcopy(actual)
    apply(plan(DESIRED, actual), actual)
    assert actual == before
