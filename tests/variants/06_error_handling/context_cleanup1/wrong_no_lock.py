def record(counter, lock, key, amount):
    counter[key] = counter.get(key, 0) + amount
