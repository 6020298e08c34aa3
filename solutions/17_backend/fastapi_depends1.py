"""FastAPI fundamentals: dependencies for authentication.

`current_user` reads the bearer token and answers 401 when there is none or it is unknown;
`require_admin` builds on it and answers 403 for a user who isn't an admin. FastAPI runs such
functions for a route when the route declares them with `Depends(...)`, before the route's
own code, and hands their result to the route. `/me` does it; the other two routes don't, so
anyone can list the devices and reboot them. Declare the right dependency on each: signed-in
users may list, only admins may reboot.
"""
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()

TOKENS = {
    "tk_3f9a1c": {"name": "alice", "roles": ["admin", "viewer"]},
    "tk_77b0e2": {"name": "bob", "roles": ["viewer"]},
}
DEVICES = ["sw-ams-01", "rtr-fra-01"]


def current_user(authorization: str | None = Header(default=None)) -> dict:
    scheme, _, token = (authorization or "").partition(" ")
    user = TOKENS.get(token) if scheme.lower() == "bearer" else None
    if user is None:
        raise HTTPException(
            status_code=401,
            detail="authentication required",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


def require_admin(user: dict = Depends(current_user)) -> dict:
    if "admin" not in user["roles"]:
        raise HTTPException(status_code=403, detail="admin role required")
    return user


@app.get("/me")
def me(user: dict = Depends(current_user)):
    return {"name": user["name"]}


@app.get("/devices")
def list_devices(user: dict = Depends(current_user)):
    return DEVICES


@app.post("/devices/{hostname}/reboot")
def reboot(hostname: str, user: dict = Depends(require_admin)):
    if hostname not in DEVICES:
        raise HTTPException(status_code=404, detail=f"no device called {hostname}")
    return {"rebooting": hostname}


# --- tests: read them, don't change them ---
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # some Starlette versions warn about their HTTP client
    from fastapi.testclient import TestClient

ALICE = {"Authorization": "Bearer tk_3f9a1c"}
BOB = {"Authorization": "Bearer tk_77b0e2"}


@pytest.fixture
def client():
    return TestClient(app)


def test_me(client):
    assert client.get("/me", headers=BOB).json() == {"name": "bob"}
    assert client.get("/me").status_code == 401


def test_signed_in_users_may_list(client):
    assert client.get("/devices", headers=BOB).json() == DEVICES
    assert client.get("/devices", headers=ALICE).status_code == 200


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer tk_guess"},
                                     {"Authorization": "tk_77b0e2"}])
def test_anonymous_list_is_401(client, headers):
    response = client.get("/devices", headers=headers)
    assert response.status_code == 401
    assert response.headers.get("www-authenticate", "").startswith("Bearer")


def test_admin_may_reboot(client):
    response = client.post("/devices/sw-ams-01/reboot", headers=ALICE)
    assert response.status_code == 200
    assert response.json() == {"rebooting": "sw-ams-01"}


def test_viewer_may_not_reboot(client):
    assert client.post("/devices/sw-ams-01/reboot", headers=BOB).status_code == 403


def test_anonymous_reboot_is_401(client):
    assert client.post("/devices/sw-ams-01/reboot").status_code == 401


def test_nobody_learns_which_devices_exist_without_signing_in(client):
    assert client.post("/devices/nope/reboot").status_code == 401
    assert client.post("/devices/nope/reboot", headers=BOB).status_code == 403
    assert client.post("/devices/nope/reboot", headers=ALICE).status_code == 404
