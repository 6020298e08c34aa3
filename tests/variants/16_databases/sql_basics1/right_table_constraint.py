SCHEMA = """
CREATE TABLE servers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    cpus INTEGER DEFAULT 1,
    status TEXT NOT NULL,
    UNIQUE (name)
)
"""

ACTIVE_WEB_SERVERS = """
SELECT name
FROM servers
WHERE status IN ('active') AND role = 'web'
ORDER BY 1 ASC
"""

SERVERS_PER_ROLE = """
SELECT role, COUNT(id) AS n
FROM servers
GROUP BY role
ORDER BY role ASC
"""
