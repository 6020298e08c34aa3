"""cronjobs: a small in-process job scheduler that understands crontab schedules."""
