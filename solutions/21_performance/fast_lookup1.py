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
    known = set(inventory)
    return [host for host in seen if host not in known]


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


# --- tests: read them, don't change them ---
import sys

import pytest

THIS = sys.modules[__name__]


class CountedStr(str):
    """A str that counts how often it is compared and hashed."""

    eq_calls = 0
    hash_calls = 0

    def __eq__(self, other):
        CountedStr.eq_calls += 1
        return str.__eq__(self, other)

    def __ne__(self, other):
        CountedStr.eq_calls += 1
        return str.__ne__(self, other)

    def __hash__(self):
        CountedStr.hash_calls += 1
        return str.__hash__(self)


class CountedKey(tuple):
    """A key that counts how often it is compared with another one."""

    comparisons = 0

    def __eq__(self, other):
        CountedKey.comparisons += 1
        return tuple.__eq__(self, other)

    def __ne__(self, other):
        CountedKey.comparisons += 1
        return tuple.__ne__(self, other)

    __hash__ = tuple.__hash__


@pytest.fixture
def key_calls(monkeypatch):
    """Counts the calls of record_key; the keys it returns count their comparisons."""
    calls = [0]
    real = record_key

    def counting(record):
        calls[0] += 1
        return CountedKey(real(record))

    monkeypatch.setattr(THIS, "record_key", counting)
    CountedKey.comparisons = 0
    return calls


def test_unknown_hosts_keeps_order_and_repeats():
    assert unknown_hosts(["db9", "web1", "db9", "x", "web2"], ["web1", "web2"]) == [
        "db9", "db9", "x"]


def test_unknown_hosts_looks_up_by_hash():
    inventory = [CountedStr(f"host{i}") for i in range(1000)]
    seen = [CountedStr(f"host{i}") for i in range(0, 2000, 10)]
    CountedStr.eq_calls = CountedStr.hash_calls = 0
    found = len(unknown_hosts(seen, inventory))
    compared, hashed = CountedStr.eq_calls, CountedStr.hash_calls
    assert found == 100
    assert compared <= len(seen), f"{compared} string comparisons for {len(seen)} lookups"
    assert hashed <= 2 * (len(inventory) + len(seen)), (
        f"{hashed} hashes: is the set built again for every host?")


def test_dedupe_keeps_the_first_of_each_key_in_order():
    records = [
        {"host": "WEB1", "path": "/"},
        {"host": "web1", "path": "/"},
        {"host": "web2", "path": "/"},
        {"host": "web1", "path": "/login"},
        {"host": "Web2", "path": "/"},
        {"host": "web1", "path": "/login"},
    ]
    assert dedupe(records) == [records[0], records[2], records[3]]


def test_dedupe_computes_each_key_once(key_calls):
    records = [{"host": f"web{i % 150}", "path": "/"} for i in range(300)]
    kept = len(dedupe(records))
    assert kept == 150
    assert key_calls[0] == len(records), (
        f"record_key ran {key_calls[0]} times for {len(records)} records")


def test_dedupe_looks_keys_up_by_hash(key_calls):
    records = [{"host": f"web{i % 150}", "path": "/"} for i in range(300)]
    dedupe(records)
    compared = CountedKey.comparisons
    assert compared <= len(records), f"{compared} key comparisons for {len(records)} records"
