import argparse
import filecmp
import os
import shutil
import sys


def sync_dir(src, dst, dry_run=False):
    planned = []
    for name in sorted(os.listdir(src)):
        source = os.path.join(src, name)
        target = os.path.join(dst, name)
        if not os.path.isfile(source):
            continue
        if not os.path.exists(target):
            planned.append(("create", source, target))
        elif not filecmp.cmp(source, target, shallow=False):
            planned.append(("update", source, target))
    if not dry_run:
        for _, source, target in planned:
            os.makedirs(dst, exist_ok=True)
            shutil.copyfile(source, target)
    return [f"{verb} {os.path.basename(source)}" for verb, source, _ in planned]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="sync")
    parser.add_argument("src")
    parser.add_argument("dst")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    try:
        actions = sync_dir(args.src, args.dst, dry_run=args.dry_run)
    except (FileNotFoundError, NotADirectoryError) as err:
        sys.stderr.write(f"error: {err}\n")
        return 1
    for action in actions:
        print(action)
    return 0
