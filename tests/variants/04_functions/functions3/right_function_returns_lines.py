def server_lines(name, load, disk):
    lines = [f"== {name} ==", f"load {load:.0%}, disk {disk}% full"]
    if load > 0.9 or disk > 90:
        lines.append("   needs attention")
    return lines


def report():
    for name, load, disk in [("web1", 0.42, 71), ("web2", 0.97, 55), ("db1", 0.15, 93)]:
        print("\n".join(server_lines(name, load, disk)))
