def drop_expired(sessions, now):
    for session in sessions[:]:
        if session[1] <= now:
            sessions.remove(session)


def forget_idle(last_seen, now, limit):
    last_seen = {user: seen for user, seen in last_seen.items() if now - seen <= limit}
    return last_seen
