"""Run by `python3 -m tipcalc`."""

from tipcalc.cli import main

main()
