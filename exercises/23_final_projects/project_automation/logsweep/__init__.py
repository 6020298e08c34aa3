"""logsweep: delete old log files and rotate big ones, as a cron job would."""
