from diskwatch.alerts import find_alerts, write_report
from diskwatch.usage import UsageError, load_usage

__all__ = ("load_usage", "find_alerts", "write_report", "UsageError")
