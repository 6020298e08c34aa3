def test_health_needs_no_token(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_tasks_need_a_valid_token(client):
    assert client.get("/tasks").status_code == 401
    assert client.get("/tasks", headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_create_then_fetch_a_task(client, auth):
    response = client.post("/tasks", json={"title": "Patch web1", "priority": 4}, headers=auth)
    assert response.status_code == 201
    task = response.get_json()
    assert response.headers["Location"] == f"/tasks/{task['id']}"
    assert client.get(f"/tasks/{task['id']}", headers=auth).get_json() == task


def test_invalid_body_is_a_400_naming_the_fields(client, auth):
    response = client.post("/tasks", json={"title": "", "priority": 7}, headers=auth)
    assert response.status_code == 400
    assert set(response.get_json()["errors"]) == {"title", "priority"}


def test_missing_task_is_a_404(client, auth):
    assert client.get("/tasks/999", headers=auth).status_code == 404


def test_list_filters_on_done(client, auth):
    client.post("/tasks", json={"title": "open"}, headers=auth)
    client.post("/tasks", json={"title": "closed", "done": True}, headers=auth)
    titles = [t["title"] for t in client.get("/tasks?done=false", headers=auth).get_json()]
    assert titles == ["open"]
    assert client.get("/tasks?done=maybe", headers=auth).status_code == 400


def test_patch_updates_a_task(client, auth):
    task = client.post("/tasks", json={"title": "Upgrade db1"}, headers=auth).get_json()
    response = client.patch(f"/tasks/{task['id']}", json={"done": True}, headers=auth)
    assert response.status_code == 200
    assert response.get_json() == {**task, "done": True}
    assert client.patch("/tasks/999", json={"done": True}, headers=auth).status_code == 404
    assert client.patch(f"/tasks/{task['id']}", json={"id": 5}, headers=auth).status_code == 400


def test_delete_removes_a_task(client, auth):
    task = client.post("/tasks", json={"title": "Old task"}, headers=auth).get_json()
    assert client.delete(f"/tasks/{task['id']}", headers=auth).status_code == 204
    assert client.get(f"/tasks/{task['id']}", headers=auth).status_code == 404
    assert client.delete(f"/tasks/{task['id']}", headers=auth).status_code == 404
