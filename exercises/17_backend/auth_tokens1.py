"""Authentication basics: bearer tokens, 401 and 403.

Clients send `Authorization: Bearer <token>`. 401 Unauthorized means "I don't know who you
are" (no token, or a bad one) and carries a `WWW-Authenticate: Bearer` header; 403 Forbidden
means "I know you, and you may not do this". Fix `current_user` and the two routes.
"""
from flask import Flask, request

app = Flask(__name__)

TOKENS = {
    "tk_3f9a1c": {"name": "alice", "roles": {"admin", "viewer"}},
    "tk_77b0e2": {"name": "bob", "roles": {"viewer"}},
}


def current_user() -> dict | None:
    """The user behind the request's bearer token, or None."""
    # TODO: the header is "Bearer <token>"; check the scheme and look up only the token.
    return TOKENS.get(request.headers.get("Authorization", ""))


def unauthorized():
    # TODO: status 401 and a WWW-Authenticate: Bearer header.
    return {"error": "authentication required"}, 403


@app.get("/me")
def me():
    user = current_user()
    if user is None:
        return unauthorized()
    return {"name": user["name"]}


@app.post("/reboot")
def reboot():
    user = current_user()
    if user is None:
        return unauthorized()
    # TODO: only users with the "admin" role may reboot; the others get 403.
    return {"status": "rebooting"}


# --- tests: read them, don't change them ---
import pytest

ALICE = {"Authorization": "Bearer tk_3f9a1c"}
BOB = {"Authorization": "Bearer tk_77b0e2"}


@pytest.fixture
def client():
    return app.test_client()


def test_me_with_a_valid_token(client):
    response = client.get("/me", headers=BOB)
    assert response.status_code == 200
    assert response.get_json() == {"name": "bob"}


def test_no_token_is_401_with_challenge(client):
    response = client.get("/me")
    assert response.status_code == 401
    assert response.headers.get("WWW-Authenticate", "").startswith("Bearer")


def test_unknown_token_is_401(client):
    response = client.get("/me", headers={"Authorization": "Bearer tk_guess"})
    assert response.status_code == 401


def test_token_without_bearer_scheme_is_401(client):
    response = client.get("/me", headers={"Authorization": "tk_77b0e2"})
    assert response.status_code == 401


def test_admin_may_reboot(client):
    response = client.post("/reboot", headers=ALICE)
    assert response.status_code == 200


def test_viewer_may_not_reboot(client):
    response = client.post("/reboot", headers=BOB)
    assert response.status_code == 403


def test_anonymous_reboot_is_401(client):
    response = client.post("/reboot")
    assert response.status_code == 401
