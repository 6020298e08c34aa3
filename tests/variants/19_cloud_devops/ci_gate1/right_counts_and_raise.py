import argparse
import os
import sys
from xml.etree import ElementTree


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--min", dest="minimum", type=float, default=80.0)
    args = parser.parse_args(argv)
    if not os.path.exists(args.report):
        sys.stderr.write(f"{args.report}: not found\n")
        return 2
    root = ElementTree.parse(args.report).getroot()
    percent = 100.0 * int(root.attrib["lines-covered"]) / int(root.attrib["lines-valid"])
    print("coverage %.1f%%, need %.1f%%" % (percent, args.minimum))
    if percent < args.minimum:
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
