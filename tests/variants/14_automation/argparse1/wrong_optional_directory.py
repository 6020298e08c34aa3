import argparse


def build_parser():
    parser = argparse.ArgumentParser(prog="rotate")
    parser.add_argument("directory", nargs="?", default=".")
    parser.add_argument("--keep", type=int, default=5)
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    verb = "would rotate" if args.dry_run else "rotating"
    print(f"{verb} {args.directory}, keeping {args.keep}")
    return 0
