def drop_expired(sessions, now):
    for index in range(len(sessions) - 1, -1, -1):
        if sessions[index][1] <= now:
            del sessions[index]


def forget_idle(last_seen, now, limit):
    keep = {user: seen for user, seen in last_seen.items() if now - seen <= limit}
    last_seen.clear()
    last_seen.update(keep)
