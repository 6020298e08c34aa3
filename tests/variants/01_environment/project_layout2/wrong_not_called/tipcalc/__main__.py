from tipcalc.cli import main
