SCHEMA = """
CREATE TABLE servers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    cpus INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL
)
"""

SERVERS_PER_ROLE = """
SELECT role, COUNT(id) AS servers
FROM servers
GROUP BY role
ORDER BY role ASC
"""
