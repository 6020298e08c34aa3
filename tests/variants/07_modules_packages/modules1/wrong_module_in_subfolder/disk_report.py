from tools.units import human_size


def disk_lines(disks):
    return [f"{mount}: {human_size(used)}" for mount, used in disks.items()]
