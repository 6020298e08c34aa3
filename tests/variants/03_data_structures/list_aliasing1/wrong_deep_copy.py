"""Predict: names, lists and copies.

Read `main()` and write in PREDICTION exactly what it prints, line by line,
before you run anything. Tell apart a second NAME for the same list
(`b = a`) from a NEW list (`a[:]`, `list(a)`). And a new list can still hold
the very same inner lists as the old one.
"""

PREDICTION = """
['web1', 'web2', 'web3']
['web1', 'web2']
web1 True False
[['web1'], ['db1']]
[['X', '.'], ['X', '.']]
"""


def main():
    servers = ["web1", "web2"]
    backup = servers
    snapshot = servers[:]
    servers.append("web3")
    print(backup)
    print(snapshot)

    snapshot[0] = "db1"
    print(servers[0], backup is servers, snapshot is servers)

    racks = [["web1"], ["db1"]]
    racks_copy = racks[:]
    racks_copy[0].append("web2")
    racks_copy[1] = ["cache1"]
    print(racks)

    grid = [["."] * 2] * 2
    grid[0][0] = "X"
    print(grid)


if __name__ == "__main__":
    main()
