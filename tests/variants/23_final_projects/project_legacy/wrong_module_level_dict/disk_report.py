"""disk_report: which disks fill up, and when will they be full?

Usage:  python disk_report.py SAMPLES.csv [--warn 80] [--crit 90] [--alerts alerts.json]

Reads disk usage samples (timestamp,host,mount,used_gb,size_gb), prints one line per disk,
fullest first, writes the warnings and critical disks to a JSON file when asked, and exits
with 2 when a disk is critical, 1 when one is over the warning level, 0 otherwise.

The program lives in the diskreport package; this file only starts it.
"""
import sys

from diskreport.cli import main

if __name__ == "__main__":
    sys.exit(main())
