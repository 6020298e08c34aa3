SCHEMA = """
CREATE TABLE servers (
    id INTEGER PRIMARY KEY,
    name VARCHAR(64) NOT NULL UNIQUE CHECK (name <> ''),
    role TEXT NOT NULL,
    cpus INTEGER NOT NULL DEFAULT 1 CHECK (cpus > 0),
    status TEXT NOT NULL
)
"""
