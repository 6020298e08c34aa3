import sys

from logsweep.cli import main

sys.exit(main())
