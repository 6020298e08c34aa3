"""Storing tasks in SQLite. Every value goes into SQL as a parameter."""

import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS tasks (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    priority INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0
)
"""
COLUMNS = ("title", "priority", "done")


def connect(path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    conn.execute(SCHEMA)
    return conn


def to_dict(row: sqlite3.Row) -> dict:
    """A row as the API shows it; SQLite keeps booleans as 0 and 1."""
    task = dict(row)
    task["done"] = bool(task["done"])
    return task


def create_task(conn, title: str, priority: int, done: bool) -> dict:
    with conn:
        cursor = conn.execute(
            "INSERT INTO tasks (title, priority, done) VALUES (?, ?, ?)",
            (title, priority, done),
        )
    return get_task(conn, cursor.lastrowid)


def get_task(conn, task_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM tasks WHERE id = ?", (task_id,)).fetchone()
    return None if row is None else to_dict(row)


def list_tasks(conn, done: bool | None = None) -> list[dict]:
    """All tasks by id, or only the done / not done ones."""
    if done is None:
        rows = conn.execute("SELECT * FROM tasks ORDER BY id")
    else:
        rows = conn.execute("SELECT * FROM tasks WHERE done = ? ORDER BY id", (done,))
    return [to_dict(row) for row in rows]


def update_task(conn, task_id: int, changes: dict) -> dict | None:
    """Change the given columns of one task; the updated task, or None if there is none."""
    columns = [column for column in COLUMNS if column in changes]
    if columns:
        assignments = ", ".join(f"{column} = ?" for column in columns)
        values = [changes[column] for column in columns]
        with conn:
            conn.execute(f"UPDATE tasks SET {assignments} WHERE id = ?", (*values, task_id))
    return get_task(conn, task_id)


def delete_task(conn, task_id: int) -> bool:
    """Delete one task; True if there was one to delete."""
    with conn:
        cursor = conn.execute("DELETE FROM tasks WHERE id = ?", (task_id,))
    return cursor.rowcount == 1
