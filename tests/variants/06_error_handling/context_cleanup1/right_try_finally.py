def record(counter, lock, key, amount):
    lock.acquire()
    try:
        counter[key] = counter.get(key, 0) + amount
    finally:
        lock.release()
