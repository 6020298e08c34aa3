import argparse
import shutil
import sys
from pathlib import Path


def sync_dir(src, dst, dry_run=False):
    src, dst = Path(src), Path(dst)
    dst.mkdir(parents=True, exist_ok=True)
    actions = []
    for source in sorted(src.iterdir()):
        if not source.is_file():
            continue
        target = dst / source.name
        if target.exists() and target.read_bytes() == source.read_bytes():
            continue
        actions.append(("update " if target.exists() else "create ") + source.name)
        if not dry_run:
            shutil.copy2(source, target)
    return actions


def main(argv=None):
    parser = argparse.ArgumentParser(prog="sync")
    parser.add_argument("src")
    parser.add_argument("dst")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    if not Path(args.src).is_dir():
        print(f"sync: {args.src} is not a folder", file=sys.stderr)
        return 1
    for action in sync_dir(args.src, args.dst, dry_run=args.dry_run):
        print(action)
    return 0
