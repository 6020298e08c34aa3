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

CPUS_PER_RACK = """
SELECT r.name, IFNULL(SUM(s.cpus), 0) AS total
FROM racks r
LEFT OUTER JOIN servers s ON s.rack_id = r.id
GROUP BY r.name
ORDER BY r.name
"""
