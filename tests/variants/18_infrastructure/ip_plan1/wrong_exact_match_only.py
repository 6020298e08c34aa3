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
    while 2 ** (32 - prefix) - 2 < hosts:
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
            if candidate not in taken:
                taken.append(candidate)
                plan[site] = str(candidate)
                break
        else:
            raise ValueError(f"no room in {pool} for {site} ({hosts} hosts)")
    return plan
