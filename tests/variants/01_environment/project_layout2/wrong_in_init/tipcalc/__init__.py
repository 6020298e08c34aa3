"""tipcalc: work out tips and split restaurant bills."""

from tipcalc.cli import main

main()
