SCHEMA = """
CREATE TABLE servers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    cpus INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL
)
"""
