def disk_report(disks):
    lines = []
    for mount, used in disks.items():
        if used >= 90:
            lines.append(f"{mount}: {used}% used, clean up!")
        else:
            lines.append(f"{mount}: {used}% used")
    return lines
