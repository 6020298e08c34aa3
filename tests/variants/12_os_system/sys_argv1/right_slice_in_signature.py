import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 1:
        print("usage: total NUMBER...", file=sys.stderr)
        return 2
    numbers = []
    for arg in args:
        try:
            numbers.append(float(arg))
        except ValueError:
            print(f"total: {arg!r} is not a number", file=sys.stderr)
            return 1
    total = sum(numbers)
    print(f"{total:g}" if total.is_integer() else total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
