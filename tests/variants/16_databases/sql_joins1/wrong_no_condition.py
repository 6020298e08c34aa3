SCHEMA = """
CREATE TABLE racks (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    site TEXT NOT NULL
);
CREATE TABLE servers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    cpus INTEGER NOT NULL,
    rack_id INTEGER NOT NULL REFERENCES racks (id)
);
"""

SERVERS_WITH_RACK = """
SELECT DISTINCT servers.name, racks.name
FROM servers
CROSS JOIN racks
ORDER BY servers.name
"""
