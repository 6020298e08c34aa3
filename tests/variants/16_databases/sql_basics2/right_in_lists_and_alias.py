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
SELECT s.name FROM servers AS s
WHERE s.status IN ('active') AND s.role IN ('web')
ORDER BY s.name ASC
"""
