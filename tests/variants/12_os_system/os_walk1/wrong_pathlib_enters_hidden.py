import os
from pathlib import Path


def find_logs(root):
    root = Path(root)
    found = []
    for path in root.rglob("*.log"):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts[:-1]):
            continue
        found.append(str(rel))
    return sorted(found)


def total_size(root):
    return sum(p.stat().st_size for p in Path(root).rglob("*") if p.is_file())
