"""The command line of tipcalc: python3 -m tipcalc BILL PERCENT PEOPLE"""

import argparse

from tipcalc.tips import share


def main(argv=None):
    """Read the arguments, print each person's share; return the exit code."""
    parser = argparse.ArgumentParser(prog="tipcalc", description="Split a bill with a tip.")
    parser.add_argument("bill", type=float, help="the bill, e.g. 80 or 79.50")
    parser.add_argument("percent", type=float, help="the tip in percent, e.g. 15")
    parser.add_argument("people", type=int, help="how many people share the bill")
    args = parser.parse_args(argv)
    print(f"Each person pays {share(args.bill, args.percent, args.people):.2f}")
    return 0
