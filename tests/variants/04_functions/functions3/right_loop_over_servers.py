SERVERS = [("web1", 0.42, 71), ("web2", 0.97, 55), ("db1", 0.15, 93)]


def show(server, load, disk, *, limit=0.9):
    print(f"== {server} ==")
    print(f"load {load:.0%}, disk {disk}% full")
    if load > limit or disk > limit * 100:
        print("   needs attention")


def report():
    for server in SERVERS:
        show(*server)
