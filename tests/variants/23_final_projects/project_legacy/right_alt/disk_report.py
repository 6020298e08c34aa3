"""disk_report: run `python disk_report.py SAMPLES.csv`; the code is in diskreport/."""
from diskreport.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
