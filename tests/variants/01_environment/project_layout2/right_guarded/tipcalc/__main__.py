"""python3 -m tipcalc BILL PERCENT PEOPLE"""
import tipcalc.cli

if __name__ == "__main__":
    tipcalc.cli.main()
