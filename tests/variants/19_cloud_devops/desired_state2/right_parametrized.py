"""Configuration management concepts: tests that keep a tool idempotent.

`plan` and `apply` below are correct: the desired-state planner for a switch's VLANs. A
careless change to them could make the tool unsafe to run twice, or leave switches half
configured. Write tests (functions named test_...) under the TODO that pin down the three
promises of a desired-state tool:
1. a switch that is already in the desired state gets an empty plan;
2. applying the plan reaches the desired state, whatever the switch had before: VLANs that
   are missing, VLANs nobody wants any more, VLANs with another name;
3. planning again right after applying gives an empty plan (idempotence).
"""

DESIRED = {10: {"name": "users"}, 20: {"name": "voice"}, 99: {"name": "mgmt"}}


def plan(desired: dict[int, dict], actual: dict[int, dict]) -> list[tuple]:
    """The changes that turn `actual` into `desired`, sorted by VLAN id."""
    changes = []
    for vlan in sorted(desired.keys() | actual.keys()):
        if vlan not in actual:
            changes.append(("create", vlan, desired[vlan]))
        elif vlan not in desired:
            changes.append(("delete", vlan, None))
        elif desired[vlan] != actual[vlan]:
            changes.append(("update", vlan, desired[vlan]))
    return changes


def apply(changes: list[tuple], actual: dict[int, dict]) -> dict[int, dict]:
    """The state after the changes; `actual` itself is left alone."""
    state = {vlan: dict(settings) for vlan, settings in actual.items()}
    for action, vlan, settings in changes:
        if action == "delete":
            del state[vlan]
        else:
            state[vlan] = dict(settings)
    return state


import pytest

STATES = [
    {},
    {10: {"name": "users"}},
    {10: {"name": "users"}, 20: {"name": "VOICE-old"}, 30: {"name": "guests"}},
    {30: {"name": "guests"}, 40: {"name": "lab"}},
]


def test_in_sync():
    assert not plan(DESIRED, dict(DESIRED))


@pytest.mark.parametrize("actual", STATES)
def test_converges_and_stays(actual):
    after = apply(plan(DESIRED, actual), actual)
    assert after == DESIRED
    assert plan(DESIRED, after) == []
