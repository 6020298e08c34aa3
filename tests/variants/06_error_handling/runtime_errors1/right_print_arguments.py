def backup_report(sizes_mb):
    print("Backup sizes")
    for host, size in sizes_mb.items():
        print(host + ":", size, "MB")
    print("Total:", sum(sizes_mb.values()), "MB")
