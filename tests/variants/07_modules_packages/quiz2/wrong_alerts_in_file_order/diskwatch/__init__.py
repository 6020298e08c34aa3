"""diskwatch: find disks that are nearly full.

Users import everything from the package itself:
    from diskwatch import load_usage, find_alerts, write_report, UsageError
"""
from .alerts import find_alerts, write_report
from .usage import UsageError, load_usage

__all__ = ["UsageError", "find_alerts", "load_usage", "write_report"]
