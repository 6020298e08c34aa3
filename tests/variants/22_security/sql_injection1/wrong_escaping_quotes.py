import sqlite3


def find_user(conn, name):
    return conn.execute("SELECT id, name, role FROM users WHERE name = ?", (name,)).fetchall()


def search_users(conn, fragment):
    # "sanitises" by removing quotes instead of using a parameter
    fragment = fragment.replace("'", "")
    query = f"SELECT name FROM users WHERE name LIKE '%{fragment}%' ORDER BY name"
    return [row[0] for row in conn.execute(query)]


def set_role(conn, user_id, role):
    conn.execute("UPDATE users SET role = ? WHERE id = ?", (role, user_id))
