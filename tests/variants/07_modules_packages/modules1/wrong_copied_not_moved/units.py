"""Size formatting shared by the report scripts."""


def human_size(num_bytes):
    """1536 -> "1.5 KiB"; sizes below 1024 stay in bytes: 512 -> "512 B"."""
    size = float(num_bytes)
    for unit in ["B", "KiB", "MiB", "GiB"]:
        if size < 1024:
            return f"{num_bytes} B" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} TiB"
