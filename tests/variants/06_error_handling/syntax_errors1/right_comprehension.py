def disk_report(disks):
    return [
        f"{mount}: {used}% used" + (", clean up!" if used > 90 else "")
        for mount, used in disks.items()
    ]
