import fileinput
import sys


def main(argv=None):
    paths = sys.argv[1:] if argv is None else argv
    count = 0
    try:
        with fileinput.input(files=paths or ("-",), encoding="utf-8") as lines:
            for line in lines:
                if "ERROR" in line:
                    count += 1
    except OSError as err:
        print(f"errors: {err}", file=sys.stderr)
        return 1
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
