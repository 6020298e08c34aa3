"""CI/CD scripting: a coverage gate with exit codes.

A CI step fails when its process exits with a non-zero code. `main` reads a Cobertura
coverage.xml (what `coverage xml` and pytest-cov write; the root's `line-rate` is a fraction,
0.8123 = 81.23 %), prints the result and returns 0 when coverage reaches `--min` percent,
1 when it is below, and 2 with a message on stderr when the report is missing. Running the
file as a script must exit with that code.
"""
import argparse
import sys
import xml.etree.ElementTree as ET


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fail when line coverage is too low.")
    parser.add_argument("report", help="path to coverage.xml")
    parser.add_argument("--min", type=float, default=80.0, help="minimum percent")
    args = parser.parse_args(argv)

    try:
        root = ET.parse(args.report).getroot()
    except FileNotFoundError:
        print(f"error: no coverage report at {args.report}", file=sys.stderr)
        return 2
    percent = float(root.get("line-rate")) * 100
    ok = percent >= args.min
    print(f"coverage {percent:.1f}% (minimum {args.min:.1f}%): {'ok' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    main()
