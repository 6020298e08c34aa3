"""disk_report's parts: parse (read the samples), analyze (compute), cli (run)."""
