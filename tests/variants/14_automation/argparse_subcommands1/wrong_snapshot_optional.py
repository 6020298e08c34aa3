"""Subcommands: one tool, several actions, like `git commit` and `git push`.

`build_parser()` describes
    backupctl [-v] create HOST [--compress]
    backupctl [-v] list [--limit N]
    backupctl [-v] restore HOST SNAPSHOT [--yes]
Each subcommand has its own arguments (add_subparsers), and its function is
attached with set_defaults(func=...), so main simply calls args.func(args)
and returns that exit code. Calling backupctl without a subcommand is a usage
error: argparse prints the usage to stderr and exits with code 2.
"""
import argparse
import sys

SNAPSHOTS = ["web1@2024-03-01", "web1@2024-03-02", "db1@2024-03-02", "web1@2024-03-03"]


def create(args):
    extra = " (compressed)" if args.compress else ""
    print(f"created a snapshot of {args.host}{extra}")
    return 0


def list_snapshots(args):
    for name in SNAPSHOTS[-args.limit:]:
        print(name)
    return 0


def restore(args):
    if not args.yes:
        print(f"restoring {args.host} from {args.snapshot} overwrites it: add --yes",
              file=sys.stderr)
        return 1
    print(f"restored {args.host} from {args.snapshot}")
    return 0


def build_parser():
    parser = argparse.ArgumentParser(prog="backupctl")
    parser.add_argument("-v", "--verbose", action="store_true")
    commands = parser.add_subparsers(dest="command", required=True)

    create_parser = commands.add_parser("create", help="take a snapshot of HOST")
    create_parser.add_argument("host")
    create_parser.add_argument("--compress", action="store_true")
    create_parser.set_defaults(func=create)

    list_parser = commands.add_parser("list", help="show the newest snapshots")
    list_parser.add_argument("--limit", type=int, default=10)
    list_parser.set_defaults(func=list_snapshots)

    restore_parser = commands.add_parser("restore", help="put HOST back as in SNAPSHOT")
    restore_parser.add_argument("host")
    restore_parser.add_argument("snapshot", nargs="?", default="latest")
    restore_parser.add_argument("--yes", action="store_true")
    restore_parser.set_defaults(func=restore)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())


