from tipcalc.cli import main

main()
