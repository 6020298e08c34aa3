"""Network automation concepts: an IP plan.

`allocate` carves subnets for new sites out of a pool. Each site gets the smallest subnet
that holds the hosts it needs (plus network and broadcast address), no subnet may overlap
another one or a prefix that is already in use, and when the pool is full it raises
ValueError instead of handing out addresses outside the pool.
"""
import ipaddress


def prefix_for(hosts: int) -> int:
    """The longest IPv4 prefix whose subnet has at least `hosts` usable addresses."""
    prefix = 30
    # TODO: a subnet also spends two addresses on network and broadcast.
    while 2 ** (32 - prefix) < hosts:
        prefix -= 1
    return prefix


def allocate(pool: str, needs: dict[str, int], used: list[str] = ()) -> dict[str, str]:
    """Map each site in `needs` (site -> hosts) to a free subnet of `pool`."""
    pool_net = ipaddress.ip_network(pool)
    taken = [ipaddress.ip_network(u) for u in used]
    plan = {}
    # Biggest first: large blocks need alignment, small ones fit in the gaps.
    for site, hosts in sorted(needs.items(), key=lambda item: -item[1]):
        for candidate in pool_net.subnets(new_prefix=prefix_for(hosts)):
            # TODO: a candidate is free only if it overlaps nothing taken, in either
            # direction: `in` checks for the exact same network.
            if candidate not in taken:
                taken.append(candidate)
                plan[site] = str(candidate)
                break
        # TODO: raise ValueError when no candidate was free.
    return plan


# --- tests: read them, don't change them ---
import itertools

import pytest


def check_plan(pool, needs, used, plan):
    assert sorted(plan) == sorted(needs)
    nets = {site: ipaddress.ip_network(cidr) for site, cidr in plan.items()}
    for site, net in nets.items():
        assert net.subnet_of(ipaddress.ip_network(pool)), f"{site} is outside the pool"
        assert net.num_addresses - 2 >= needs[site], f"{site} is too small"
        assert net.prefixlen == prefix_for(needs[site]), f"{site} is bigger than needed"
        for u in used:
            assert not net.overlaps(ipaddress.ip_network(u)), f"{site} overlaps {u}"
    for (a, na), (b, nb) in itertools.combinations(nets.items(), 2):
        assert not na.overlaps(nb), f"{a} overlaps {b}"


@pytest.mark.parametrize("hosts, prefix", [(2, 30), (3, 29), (6, 29), (7, 28), (50, 26),
                                           (62, 26), (63, 25), (254, 24), (255, 23)])
def test_prefix_for(hosts, prefix):
    assert prefix_for(hosts) == prefix


def test_plan_for_three_sites():
    needs = {"ams": 50, "fra": 100, "lon": 10}
    plan = allocate("10.20.0.0/24", needs)
    check_plan("10.20.0.0/24", needs, [], plan)


def test_plan_avoids_prefixes_in_use():
    needs = {"ams": 60, "fra": 60}
    used = ["10.20.0.0/25"]
    plan = allocate("10.20.0.0/24", needs, used)
    check_plan("10.20.0.0/24", needs, used, plan)


def test_plan_avoids_a_small_prefix_in_use():
    needs = {"ams": 100}
    used = ["10.20.0.4/30"]
    plan = allocate("10.20.0.0/24", needs, used)
    check_plan("10.20.0.0/24", needs, used, plan)
    assert plan == {"ams": "10.20.0.128/25"}


def test_full_pool_raises():
    with pytest.raises(ValueError):
        allocate("10.20.0.0/24", {"ams": 200, "fra": 100})
