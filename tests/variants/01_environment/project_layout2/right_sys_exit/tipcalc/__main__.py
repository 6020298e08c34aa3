import sys

from tipcalc.cli import main

sys.exit(main())
