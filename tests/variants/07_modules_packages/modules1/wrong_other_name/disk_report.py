from units import format_size


def disk_lines(disks):
    return [f"{mount}: {format_size(used)}" for mount, used in disks.items()]
