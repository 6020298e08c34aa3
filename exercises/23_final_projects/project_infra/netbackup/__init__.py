"""netbackup: back up network device configurations through a REST API."""
