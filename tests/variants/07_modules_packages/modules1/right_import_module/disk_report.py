import units


def disk_lines(disks):
    lines = []
    for mount in disks:
        lines.append(mount + ": " + units.human_size(disks[mount]))
    return lines
