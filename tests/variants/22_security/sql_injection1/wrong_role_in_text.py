import sqlite3


def find_user(conn, name):
    return conn.execute("SELECT id, name, role FROM users WHERE name = ?", (name,)).fetchall()


def search_users(conn, fragment):
    query = "SELECT name FROM users WHERE name LIKE ? ORDER BY name"
    return [row[0] for row in conn.execute(query, (f"%{fragment}%",))]


def set_role(conn, user_id, role):
    conn.execute(f"UPDATE users SET role = '{role}' WHERE id = ?", (user_id,))
