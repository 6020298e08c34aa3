import argparse
import sys


def build_parser():
    p = argparse.ArgumentParser(prog="rotate")
    p.add_argument("directory")
    p.add_argument("--keep", type=int, default=5, metavar="N")
    p.add_argument("--dry-run", dest="dry_run", action="store_true", default=False)
    p.add_argument("--verbose", "-v", dest="verbose", action="count", default=0)
    return p


def main(argv=None):
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.dry_run:
        print("would rotate %s, keeping %d" % (args.directory, args.keep))
    else:
        print("rotating %s, keeping %d" % (args.directory, args.keep))
    return 0
