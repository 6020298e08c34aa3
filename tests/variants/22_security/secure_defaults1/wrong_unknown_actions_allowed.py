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
    if role not in GRANTS:
        return False
    known = set().union(*GRANTS.values())
    return action in GRANTS[role] or action not in known


