def report():
    for name, load, disk in [("web1", 0.42, 71), ("web2", 0.97, 55), ("db1", 0.15, 93)]:
        print(f"== {name} ==")
        print(f"load {load:.0%}, disk {disk}% full")
        if load > 0.9 or disk > 90:
            print("   needs attention")
