"""Secure coding principles: least privilege, and fail closed.

`is_allowed` decides whether a user may perform an action. It is written as a deny-list: it
refuses what it knows to be forbidden and allows everything else, so an unknown user, a role
nobody configured, or an action added last week are all allowed. Turn it around: allow only
what GRANTS lists for the user's role (least privilege), and answer "no" whenever something
is unknown (fail closed).
"""

# role -> the actions that role may perform; nothing else is allowed
GRANTS = {
    "viewer": {"read"},
    "operator": {"read", "restart"},
    "admin": {"read", "restart", "deploy"},
}


def is_allowed(roles: dict[str, str], user: str, action: str) -> bool:
    """May `user` (whose role is in `roles`) perform `action`?"""
    role = roles.get(user)
    return action in GRANTS.get(role, set())


# --- tests: read them, don't change them ---
import pytest

ROLES = {"ana": "admin", "oli": "operator", "vic": "viewer", "zed": "intern"}


@pytest.mark.parametrize(
    "user, action",
    [("ana", "deploy"), ("ana", "read"), ("oli", "restart"), ("oli", "read"), ("vic", "read")],
)
def test_roles_may_do_what_they_are_granted(user, action):
    assert is_allowed(ROLES, user, action) is True


@pytest.mark.parametrize(
    "user, action", [("vic", "restart"), ("vic", "deploy"), ("oli", "deploy")]
)
def test_roles_may_not_do_more(user, action):
    assert is_allowed(ROLES, user, action) is False


def test_an_unknown_user_is_refused():
    assert is_allowed(ROLES, "mallory", "read") is False


def test_a_role_without_grants_is_refused():
    assert is_allowed(ROLES, "zed", "read") is False


@pytest.mark.parametrize("user", ["ana", "oli", "vic"])
def test_an_unknown_action_is_refused(user):
    assert is_allowed(ROLES, user, "drop_database") is False


def test_grants_are_not_changed():
    is_allowed(ROLES, "mallory", "deploy")
    is_allowed(ROLES, "zed", "read")
    assert GRANTS == {
        "viewer": {"read"},
        "operator": {"read", "restart"},
        "admin": {"read", "restart", "deploy"},
    }
