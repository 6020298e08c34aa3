"""diskwatch: find disks that are nearly full.

Users import everything from the package itself:
    from diskwatch import load_usage, find_alerts, write_report, UsageError
"""

# TODO: re-export load_usage and UsageError (usage.py) and find_alerts and write_report
# (alerts.py), and list those four names in __all__
