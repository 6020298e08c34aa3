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
SELECT r.name, IFNULL(SUM(s.cpus), 0) AS total
FROM racks r
LEFT OUTER JOIN servers s ON s.rack_id = r.id
GROUP BY r.name
ORDER BY r.name
"""
