def drop_expired(sessions, now):
    for session in sessions[:]:
        if session[1] < now:
            sessions.remove(session)


def forget_idle(last_seen, now, limit):
    for user in list(last_seen):
        if now - last_seen[user] >= limit:
            del last_seen[user]
