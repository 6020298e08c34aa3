import sys


def count_errors(text):
    return sum("ERROR" in line for line in text.splitlines())


def read(path):
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as f:
        return f.read()


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    try:
        total = sum(count_errors(read(path)) for path in argv or ["-"])
    except OSError as err:
        sys.stderr.write(f"{err}\n")
        return 1
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
