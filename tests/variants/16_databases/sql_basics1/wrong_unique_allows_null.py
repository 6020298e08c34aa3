SCHEMA = """
CREATE TABLE servers (
    id INTEGER PRIMARY KEY,
    name TEXT UNIQUE,
    role TEXT NOT NULL,
    cpus INTEGER DEFAULT 1,
    status TEXT NOT NULL
)
"""

ACTIVE_WEB_SERVERS = """
SELECT name FROM servers
WHERE role = 'web' AND status = 'active'
ORDER BY name
"""

SERVERS_PER_ROLE = """
SELECT role, COUNT(*) FROM servers
GROUP BY role
ORDER BY role
"""
