"""Code optimization techniques: sets instead of scanning lists.

`x in a_list` compares x with the items one by one; `x in a_set` finds it by its hash, in
about one step however big the set is. Both functions below give the right answer the slow
way. Make them use sets:
- `unknown_hosts` returns the hosts of `seen` that are not in `inventory`, in the order
  seen, repeats included; build the set ONCE, not once per host;
- `dedupe` returns the records in first-seen order without repeats of the same key, and
  computes each record's key only once (profiling1's report showed record_key running 45000
  times for 300 records): remember the keys seen so far in a set.
"""


def unknown_hosts(seen: list[str], inventory: list[str]) -> list[str]:
    return [host for host in seen if host not in inventory]


def record_key(record: dict) -> tuple[str, str]:
    """What makes two access-log records the same: the host (any case) and the path."""
    return record["host"].lower(), record["path"]


def dedupe(records: list[dict]) -> list[dict]:
    kept = []
    seen = set()
    for record in records:
        key = record_key(record)
        if key not in seen:
            seen.add(key)
            kept.append(record)
    return kept


