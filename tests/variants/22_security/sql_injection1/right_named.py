import sqlite3


def find_user(conn, name):
    cursor = conn.execute("SELECT id, name, role FROM users WHERE name = :name", {"name": name})
    return cursor.fetchall()


def search_users(conn, fragment):
    rows = conn.execute(
        "SELECT name FROM users WHERE name LIKE '%' || :frag || '%' ORDER BY name",
        {"frag": fragment},
    ).fetchall()
    return [name for (name,) in rows]


def set_role(conn, user_id, role):
    with conn:
        conn.execute("UPDATE users SET role = :role WHERE id = :id", {"role": role, "id": user_id})
