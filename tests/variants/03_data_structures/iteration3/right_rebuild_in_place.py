def drop_expired(sessions, now):
    sessions[:] = [session for session in sessions if session[1] > now]


def forget_idle(last_seen, now, limit):
    idle = [user for user, seen in last_seen.items() if now - seen > limit]
    for user in idle:
        del last_seen[user]
