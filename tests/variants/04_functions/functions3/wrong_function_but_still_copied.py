def print_server(name, load, disk):
    print(f"== {name} ==")
    print(f"load {load:.0%}, disk {disk}% full")
    if load > 0.9 or disk > 90:
        print("   needs attention")


def report():
    print_server("web1", 0.42, 71)
    print_server("web2", 0.97, 55)
    name, load, disk = "db1", 0.15, 93
    print(f"== {name} ==")
    print(f"load {load:.0%}, disk {disk}% full")
    if load > 0.9 or disk > 90:
        print("   needs attention")
