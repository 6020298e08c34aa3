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
        if self.end < self.start:
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


