name, load, disk = "", 0, 0


def print_server():
    print(f"== {name} ==")
    print(f"load {load:.0%}, disk {disk}% full")
    if load > 0.9 or disk > 90:
        print("   needs attention")


def report():
    global name, load, disk
    name, load, disk = "web1", 0.42, 71
    print_server()
    name, load, disk = "web2", 0.97, 55
    print_server()
    name, load, disk = "db1", 0.15, 93
    print_server()
