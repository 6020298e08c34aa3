def print_server(name, load, disk):
    print(f"== {name} ==")
    print(f"load {load}, disk {disk}% full")
    if load > 0.9 or disk > 90:
        print("   needs attention")


def report():
    print_server("web1", 0.42, 71)
    print_server("web2", 0.97, 55)
    print_server("db1", 0.15, 93)
