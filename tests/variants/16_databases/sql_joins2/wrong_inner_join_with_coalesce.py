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

CPUS_PER_RACK = """
SELECT racks.name, COALESCE(SUM(servers.cpus), 0)
FROM racks
JOIN servers ON servers.rack_id = racks.id
GROUP BY racks.id
ORDER BY racks.name
"""
