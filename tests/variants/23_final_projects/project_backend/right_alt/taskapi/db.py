import sqlite3

COLUMNS = ("title", "priority", "done")


def connect(path):
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
        "priority INTEGER NOT NULL, done BOOLEAN NOT NULL DEFAULT 0)"
    )
    return conn


def _task(row):
    if row is None:
        return None
    task_id, title, priority, done = row
    return {"id": task_id, "title": title, "priority": priority, "done": done == 1}


def create_task(conn, title, priority, done):
    cur = conn.execute(
        "INSERT INTO tasks (title, priority, done) VALUES (?, ?, ?)", (title, priority, int(done))
    )
    conn.commit()
    return get_task(conn, cur.lastrowid)


def get_task(conn, task_id):
    return _task(conn.execute(
        "SELECT id, title, priority, done FROM tasks WHERE id = ?", (task_id,)).fetchone())


def list_tasks(conn, done=None):
    sql = "SELECT id, title, priority, done FROM tasks"
    params = ()
    if done is not None:
        sql += " WHERE done = ?"
        params = (int(done),)
    return [_task(r) for r in conn.execute(sql + " ORDER BY id", params)]


def update_task(conn, task_id, changes):
    for column in COLUMNS:
        if column in changes:
            conn.execute(f"UPDATE tasks SET {column} = ? WHERE id = ?", (changes[column], task_id))
    conn.commit()
    return get_task(conn, task_id)


def delete_task(conn, task_id):
    cur = conn.execute("DELETE FROM tasks WHERE id = ?", (task_id,))
    conn.commit()
    return cur.rowcount > 0
