import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 0:
        sys.stderr.write("usage: total NUMBER...\n")
        sys.exit(2)
    total = 0
    for arg in args:
        try:
            total += float(arg)
        except ValueError:
            sys.stderr.write(f"not a number: {arg!r}\n")
            sys.exit(1)
    if total == int(total):
        total = int(total)
    sys.stdout.write(f"{total}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
