def backup_report(sizes_mb):
    print("Backup sizes")
    total = 0
    for host, size in sizes_mb.items():
        print(f"{host}: {size} MB")
        total += size
