"""Iterate smarter with itertools.

- `batches(hosts, size)`: split hosts into consecutive lists of at most `size` hosts, for a rolling
  restart. hosts may be any iterable, including a generator that can only be read once and has
  no len().
- `all_pairs(hosts)`: every pair of two different hosts, each pair once, as tuples in the order
  of hosts: ["a", "b", "c"] -> [("a", "b"), ("a", "c"), ("b", "c")].
"""
from itertools import combinations, islice


def batches(hosts, size):
    # TODO: slicing needs len() and indexing, which a generator doesn't have;
    # itertools.islice takes the next `size` items from any iterator
    return [hosts[i:i + size] for i in range(0, len(hosts), size)]


def all_pairs(hosts):
    # TODO: this gives both (a, b) and (b, a); itertools has a function that gives each pair once
    return [(a, b) for a in hosts for b in hosts if a != b]


# --- tests: read them, don't change them ---


def test_batches_of_a_list():
    hosts = ["web01", "web02", "web03", "web04", "web05"]
    assert batches(hosts, 2) == [["web01", "web02"], ["web03", "web04"], ["web05"]]


def test_batches_exact_fit():
    assert batches(["a", "b", "c", "d"], 2) == [["a", "b"], ["c", "d"]]


def test_batches_of_a_generator():
    hosts = (f"node{n}" for n in range(1, 6))
    assert batches(hosts, 3) == [["node1", "node2", "node3"], ["node4", "node5"]]


def test_batches_of_nothing():
    assert batches([], 3) == []


def test_all_pairs_each_once():
    assert all_pairs(["a", "b", "c"]) == [("a", "b"), ("a", "c"), ("b", "c")]


def test_all_pairs_of_one_host():
    assert all_pairs(["solo"]) == []
