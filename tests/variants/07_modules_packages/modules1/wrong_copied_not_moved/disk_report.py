"""Create your own module: move a helper into units.py so several scripts can share it.

`human_size` below is useful beyond this report: backup_report.py already imports it with
`from units import human_size`, but the module units.py does not exist yet. Create units.py
beside this file, move human_size into it, and import it here.
"""




def human_size(num_bytes):
    """1536 -> "1.5 KiB"; sizes below 1024 stay in bytes: 512 -> "512 B"."""
    size = float(num_bytes)
    for unit in ["B", "KiB", "MiB", "GiB"]:
        if size < 1024:
            return f"{num_bytes} B" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} TiB"


def disk_lines(disks):
    """One "mount: size" line per entry of disks (a dict mount -> bytes used)."""
    return [f"{mount}: {human_size(used)}" for mount, used in disks.items()]
