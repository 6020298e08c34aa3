import argparse
import sys
import xml.etree.ElementTree as ET


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--min", type=float, default=80.0)
    args = parser.parse_args(argv)
    try:
        root = ET.parse(args.report).getroot()
    except FileNotFoundError:
        print("no report", file=sys.stderr)
        return 2
    percent = float(root.get("line-rate")) * 100
    print(f"coverage {percent:.1f}%")
    return 0 if percent > args.min else 1


if __name__ == "__main__":
    sys.exit(main())
