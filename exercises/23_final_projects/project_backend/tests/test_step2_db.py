from taskapi import db


def test_create_and_get_a_task(conn):
    task = db.create_task(conn, "Renew certificates", 5, False)
    assert db.get_task(conn, task["id"]) == {
        "id": task["id"], "title": "Renew certificates", "priority": 5, "done": False
    }


def test_done_comes_back_as_a_boolean(conn):
    task = db.create_task(conn, "Rotate keys", 2, True)
    assert db.get_task(conn, task["id"])["done"] is True


def test_list_can_filter_on_done(conn):
    db.create_task(conn, "a", 1, False)
    db.create_task(conn, "b", 1, True)
    db.create_task(conn, "c", 1, False)
    assert [t["title"] for t in db.list_tasks(conn)] == ["a", "b", "c"]
    assert [t["title"] for t in db.list_tasks(conn, done=False)] == ["a", "c"]
    assert [t["title"] for t in db.list_tasks(conn, done=True)] == ["b"]


def test_update_changes_only_the_given_fields(conn):
    task = db.create_task(conn, "Upgrade db1", 3, False)
    updated = db.update_task(conn, task["id"], {"title": "Upgrade db1 to O'Neil's plan"})
    assert updated == {**task, "title": "Upgrade db1 to O'Neil's plan"}


def test_update_of_a_missing_task_gives_none(conn):
    assert db.update_task(conn, 999, {"done": True}) is None


def test_delete_says_whether_it_deleted(conn):
    task = db.create_task(conn, "Old task", 1, False)
    assert db.delete_task(conn, task["id"]) is True
    assert db.delete_task(conn, task["id"]) is False
    assert db.get_task(conn, task["id"]) is None
