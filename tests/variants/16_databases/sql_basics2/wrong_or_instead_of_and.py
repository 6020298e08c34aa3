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
SELECT name FROM servers
WHERE role = 'web' OR status = 'active'
ORDER BY name
"""
