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


def test_a_switch_in_the_desired_state_needs_no_changes():
    assert plan(DESIRED, {vlan: dict(settings) for vlan, settings in DESIRED.items()}) == []


def test_apply_reaches_the_desired_state():
    actual = {10: {"name": "users"}, 20: {"name": "VOICE-old"}, 30: {"name": "guests"}}
    assert apply(plan(DESIRED, actual), actual) == DESIRED


def test_an_empty_switch_reaches_the_desired_state():
    assert apply(plan(DESIRED, {}), {}) == DESIRED


def test_planning_again_after_apply_changes_nothing():
    actual = {20: {"name": "VOICE-old"}, 30: {"name": "guests"}}
    after = apply(plan(DESIRED, actual), actual)
    assert plan(DESIRED, after) == []


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the code above. Then each broken version
# below is put in place in turn, and your tests run again: for every one of them at least
# one of your tests must fail, or that bug would reach the switches.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]
real_plan, real_apply = plan, apply  # kept before any test puts a broken one in place


def plan_that_never_deletes(desired, actual):
    return [change for change in real_plan(desired, actual) if change[0] != "delete"]


def plan_that_updates_everything(desired, actual):
    changes = real_plan(desired, actual)
    planned = {vlan for _, vlan, _ in changes}
    for vlan in desired.keys() & actual.keys():
        if vlan not in planned:
            changes.append(("update", vlan, desired[vlan]))
    return sorted(changes, key=lambda change: change[1])


def plan_that_ignores_renames(desired, actual):
    return [change for change in real_plan(desired, actual) if change[0] != "update"]


def plan_that_creates_one_vlan_per_run(desired, actual):
    changes = real_plan(desired, actual)
    creates = [change for change in changes if change[0] == "create"]
    return [change for change in changes if change[0] != "create"] + creates[:1]


def apply_that_skips_deletes(changes, actual):
    return real_apply([change for change in changes if change[0] != "delete"], actual)


BROKEN = {
    "a plan that never deletes VLANs": ("plan", plan_that_never_deletes),
    "a plan that updates VLANs that are already right": ("plan", plan_that_updates_everything),
    "a plan that misses a VLAN with another name": ("plan", plan_that_ignores_renames),
    "a plan that creates only one missing VLAN per run":
        ("plan", plan_that_creates_one_vlan_per_run),
    "an apply that skips the deletes": ("apply", apply_that_skips_deletes),
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    name, broken = BROKEN[bug]
    assert_tests_catch(THIS, tmp_path, {(THIS, name): broken}, bug)
