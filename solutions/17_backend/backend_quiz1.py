"""Quiz: a maintenance-window API.

Operators book maintenance windows for devices, so that monitoring stays quiet meanwhile.
`create_app` builds the API on a fresh SQLite database. Finish it, so that:
- `WindowIn` refuses a window whose `end` is not after its `start` (422).
- POST /windows and DELETE /windows/{id} are for operators only: no token or an unknown one
  is 401 (with `WWW-Authenticate: Bearer`), a known user without the "operator" role is 403.
  Reading is open to everyone.
- POST answers 201, with the stored window (its new `id` included) and a `Location` header
  `/windows/<id>`. A window that overlaps another window of the same device is a 409.
  Two windows overlap when each starts before the other ends.
- GET /windows lists the windows sorted by start, only those of `?device=` when given.
- GET and DELETE /windows/{id} answer 404 for an unknown id; DELETE answers 204.
Every value goes into SQL as a parameter.
"""
import sqlite3
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException, Response
from pydantic import BaseModel, Field, model_validator

USERS = {
    "tk_op_51c2": {"name": "olga", "roles": ["operator"]},
    "tk_ro_9e07": {"name": "rui", "roles": ["viewer"]},
}

SCHEMA = """
CREATE TABLE windows (
    id INTEGER PRIMARY KEY,
    device TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    reason TEXT NOT NULL
)
"""


class WindowIn(BaseModel):
    device: str = Field(min_length=1, max_length=63)
    start: datetime
    end: datetime
    reason: str = Field(max_length=200)

    @model_validator(mode="after")
    def end_after_start(self) -> "WindowIn":
        if self.end <= self.start:
            raise ValueError("end must be after start")
        return self


class Window(WindowIn):
    id: int


def current_user(authorization: str | None = Header(default=None)) -> dict:
    scheme, _, token = (authorization or "").partition(" ")
    user = USERS.get(token) if scheme.lower() == "bearer" else None
    if user is None:
        raise HTTPException(
            status_code=401, detail="sign in", headers={"WWW-Authenticate": "Bearer"}
        )
    return user


def operator(user: dict = Depends(current_user)) -> dict:
    if "operator" not in user["roles"]:
        raise HTTPException(status_code=403, detail="operators only")
    return user


def create_app() -> FastAPI:
    app = FastAPI(title="Maintenance windows")
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.row_factory = sqlite3.Row
    db.execute(SCHEMA)

    def to_window(row: sqlite3.Row) -> Window:
        return Window(**dict(row))

    @app.get("/windows")
    def list_windows(device: str | None = None) -> list[Window]:
        if device is None:
            rows = db.execute("SELECT * FROM windows ORDER BY start").fetchall()
        else:
            rows = db.execute(
                "SELECT * FROM windows WHERE device = ? ORDER BY start", (device,)
            ).fetchall()
        return [to_window(row) for row in rows]

    @app.get("/windows/{window_id}")
    def get_window(window_id: int) -> Window:
        row = db.execute("SELECT * FROM windows WHERE id = ?", (window_id,)).fetchone()
        if row is None:
            raise HTTPException(status_code=404, detail=f"no window {window_id}")
        return to_window(row)

    @app.post("/windows", status_code=201)
    def add_window(
        window: WindowIn, response: Response, user: dict = Depends(operator)
    ) -> Window:
        clash = db.execute(
            'SELECT id FROM windows WHERE device = ? AND start < ? AND "end" > ?',
            (window.device, window.end.isoformat(), window.start.isoformat()),
        ).fetchone()
        if clash is not None:
            raise HTTPException(status_code=409, detail=f"overlaps window {clash['id']}")
        with db:
            cur = db.execute(
                'INSERT INTO windows (device, start, "end", reason) VALUES (?, ?, ?, ?)',
                (window.device, window.start.isoformat(), window.end.isoformat(),
                 window.reason),
            )
        response.headers["Location"] = f"/windows/{cur.lastrowid}"
        return Window(id=cur.lastrowid, **window.model_dump())

    @app.delete("/windows/{window_id}", status_code=204)
    def delete_window(window_id: int, user: dict = Depends(operator)) -> None:
        with db:
            cur = db.execute("DELETE FROM windows WHERE id = ?", (window_id,))
        if cur.rowcount == 0:
            raise HTTPException(status_code=404, detail=f"no window {window_id}")

    return app


# --- tests: read them, don't change them ---
import sys
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # some Starlette versions warn about their HTTP client
    from fastapi.testclient import TestClient

OLGA = {"Authorization": "Bearer tk_op_51c2"}
RUI = {"Authorization": "Bearer tk_ro_9e07"}


def window(device="sw-ams-01", start="2024-06-01T22:00:00", end="2024-06-01T23:00:00"):
    return {"device": device, "start": start, "end": end, "reason": "firmware upgrade"}


@pytest.fixture
def client():
    return TestClient(create_app(), raise_server_exceptions=False)


def test_an_operator_books_a_window(client):
    response = client.post("/windows", json=window(), headers=OLGA)
    assert response.status_code == 201
    body = response.json()
    assert body["device"] == "sw-ams-01" and isinstance(body["id"], int)
    assert response.headers["Location"] == f"/windows/{body['id']}"
    assert client.get(response.headers["Location"]).json() == body


def test_end_must_be_after_start(client):
    for end in ("2024-06-01T21:00:00", "2024-06-01T22:00:00"):
        response = client.post("/windows", json=window(end=end), headers=OLGA)
        assert response.status_code == 422
    assert client.get("/windows").json() == []


def test_writing_needs_an_operator(client):
    response = client.post("/windows", json=window())
    assert response.status_code == 401
    assert response.headers.get("www-authenticate", "").startswith("Bearer")
    assert client.post("/windows", json=window(), headers=RUI).status_code == 403
    window_id = client.post("/windows", json=window(), headers=OLGA).json()["id"]
    assert client.delete(f"/windows/{window_id}").status_code == 401
    assert client.delete(f"/windows/{window_id}", headers=RUI).status_code == 403
    assert client.get("/windows").json() != []


def test_overlapping_windows_of_one_device_are_409(client):
    assert client.post("/windows", json=window(), headers=OLGA).status_code == 201
    inside = window(start="2024-06-01T22:15:00", end="2024-06-01T22:45:00")
    around = window(start="2024-06-01T21:00:00", end="2024-06-02T00:00:00")
    late = window(start="2024-06-01T22:59:00", end="2024-06-02T01:00:00")
    for clash in (inside, around, late):
        assert client.post("/windows", json=clash, headers=OLGA).status_code == 409
    assert len(client.get("/windows").json()) == 1


def test_back_to_back_and_other_devices_are_fine(client):
    assert client.post("/windows", json=window(), headers=OLGA).status_code == 201
    after = window(start="2024-06-01T23:00:00", end="2024-06-02T00:00:00")
    other = window(device="rtr-fra-01")
    assert client.post("/windows", json=after, headers=OLGA).status_code == 201
    assert client.post("/windows", json=other, headers=OLGA).status_code == 201


def test_list_sorted_by_start_and_filtered(client):
    for device, start, end in [("sw-ams-01", "2024-06-03T01:00:00", "2024-06-03T02:00:00"),
                               ("rtr-fra-01", "2024-06-02T01:00:00", "2024-06-02T02:00:00"),
                               ("sw-ams-01", "2024-06-01T01:00:00", "2024-06-01T02:00:00")]:
        client.post("/windows", json=window(device, start, end), headers=OLGA)
    starts = [w["start"] for w in client.get("/windows").json()]
    assert starts == sorted(starts) and len(starts) == 3
    ams = client.get("/windows", params={"device": "sw-ams-01"}).json()
    assert [w["start"][:10] for w in ams] == ["2024-06-01", "2024-06-03"]
    assert client.get("/windows", params={"device": "x' OR '1'='1"}).json() == []


def test_unknown_windows_are_404(client):
    assert client.get("/windows/999").status_code == 404
    assert client.delete("/windows/999", headers=OLGA).status_code == 404


def test_delete(client):
    window_id = client.post("/windows", json=window(), headers=OLGA).json()["id"]
    response = client.delete(f"/windows/{window_id}", headers=OLGA)
    assert response.status_code == 204
    assert client.get(f"/windows/{window_id}").status_code == 404


class SpyCursor(sqlite3.Cursor):
    def execute(self, sql, parameters=(), /):
        SpyConnection.texts.append(sql)
        return super().execute(sql, parameters)


class SpyConnection(sqlite3.Connection):
    """Remembers every SQL text the app runs, as the app wrote it."""

    texts: list = []

    def execute(self, sql, parameters=(), /):
        SpyConnection.texts.append(sql)
        return super().execute(sql, parameters)

    def cursor(self, factory=SpyCursor):
        return super().cursor(factory)


def test_values_go_in_as_parameters(monkeypatch):
    real_connect = sqlite3.connect

    def spying(*args, **kwargs):
        return real_connect(*args, factory=SpyConnection, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", spying)
    this_module = sys.modules[__name__]
    if getattr(this_module, "connect", None) is real_connect:
        monkeypatch.setattr(this_module, "connect", spying)
    SpyConnection.texts = []
    client = TestClient(create_app(), raise_server_exceptions=False)
    booked = window("zz-dev-7", "2031-01-01T01:00:00", "2031-01-01T02:00:00")
    window_id = client.post("/windows", json=booked, headers=OLGA).json()["id"]
    client.post("/windows", json=booked, headers=OLGA)
    client.get("/windows", params={"device": "zz-dev-7"})
    client.get(f"/windows/{window_id}")
    client.delete(f"/windows/{window_id}", headers=OLGA)
    assert len(SpyConnection.texts) >= 5
    for sql in SpyConnection.texts:
        for value in ("zz-dev-7", "2031-01-01", "firmware upgrade"):
            assert value not in sql, f"a value is written into the SQL text: {sql!r}"
