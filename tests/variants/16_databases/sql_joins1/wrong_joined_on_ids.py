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
SELECT servers.name, racks.name
FROM servers
JOIN racks ON servers.id = racks.id
ORDER BY servers.name
"""
