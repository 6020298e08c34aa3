SCHEMA = """
CREATE TABLE servers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    cpus INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL
)
"""

ACTIVE_WEB_SERVERS = """
SELECT name
FROM servers
WHERE status = 'active'
  AND role = 'web'
ORDER BY 1
"""
