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
SELECT name, (
    SELECT COALESCE(SUM(cpus), 0) FROM servers WHERE servers.rack_id = racks.id
)
FROM racks
ORDER BY name
"""
