import sys


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    if not argv:
        print("usage: total NUMBER...", file=sys.stderr)
        return 1
    try:
        numbers = [float(arg) for arg in argv]
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    total = sum(numbers)
    print(int(total) if total.is_integer() else total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
