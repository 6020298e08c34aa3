"""taskapi: a small JSON API for a team's task list (Flask + sqlite3)."""
