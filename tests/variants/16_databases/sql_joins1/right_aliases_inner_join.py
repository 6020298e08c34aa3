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
SELECT s.name AS server, r.name AS rack
FROM servers AS s
INNER JOIN racks AS r ON r.id = s.rack_id
ORDER BY server
"""
