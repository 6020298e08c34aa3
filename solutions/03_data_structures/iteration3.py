"""Iteration patterns: don't change what you are looping over.

A `for` loop over a list walks it by position. Remove an item in the middle
of the loop and everything after it moves one place left, so the loop skips
the next item. A dict is stricter: changing its size while you loop over it
raises `RuntimeError: dictionary changed size during iteration`.

Both functions must change the list or dict they are given (other code holds
it), keeping everything else in its order.
"""


def drop_expired(sessions, now):
    """Remove every (user, expires_at) session with expires_at <= now."""
    for session in sessions[:]:
        user, expires_at = session
        if expires_at <= now:
            sessions.remove(session)


def forget_idle(last_seen, now, limit):
    """Remove every user whose last_seen time is more than `limit` before `now`."""
    for user in list(last_seen):
        if now - last_seen[user] > limit:
            del last_seen[user]

# --- tests: read them, don't change them ---


def test_drop_expired_side_by_side():
    sessions = [("ada", 50), ("bob", 30), ("cy", 40), ("di", 90), ("ed", 20)]
    drop_expired(sessions, 40)
    assert sessions == [("ada", 50), ("di", 90)]


def test_drop_expired_when_all_have_expired():
    sessions = [("ada", 5), ("bob", 3), ("cy", 4)]
    drop_expired(sessions, 10)
    assert sessions == []


def test_drop_expired_when_none_have_expired():
    sessions = [("ada", 50), ("bob", 30)]
    drop_expired(sessions, 10)
    assert sessions == [("ada", 50), ("bob", 30)]


def test_forget_idle_changes_the_dict_it_is_given():
    last_seen = {"ada": 100, "bob": 20, "cy": 95, "di": 10}
    forget_idle(last_seen, 100, 30)
    assert last_seen == {"ada": 100, "cy": 95}


def test_forget_idle_keeps_a_user_exactly_at_the_limit():
    last_seen = {"ada": 70, "bob": 69}
    forget_idle(last_seen, 100, 30)
    assert last_seen == {"ada": 70}
