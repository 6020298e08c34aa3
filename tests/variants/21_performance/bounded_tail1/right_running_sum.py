from collections import deque


def tail(lines, n):
    kept = deque(maxlen=n)
    kept.extend(lines)
    return list(kept)


def moving_average(values, window):
    recent = deque()
    total = 0
    for value in values:
        recent.append(value)
        total += value
        if len(recent) > window:
            total -= recent.popleft()
        yield total / len(recent)
