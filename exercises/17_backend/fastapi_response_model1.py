"""Request validation: a response model that keeps secrets in.

The user records in the database hold a password hash and an API token. The routes return
those records as they are, so every client, and the published API documentation, sees both.
A response model is the allow-list of what goes out: FastAPI validates the return value
against it and drops every field it doesn't name. Declare `UserOut` as the response model of
both routes (a list of them for `/users`), with `response_model=` or a return annotation.
"""
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class UserInDB(BaseModel):
    username: str
    full_name: str
    password_hash: str
    api_token: str


class UserOut(BaseModel):
    username: str
    full_name: str


USERS = {
    "alice": UserInDB(username="alice", full_name="Alice Ops",
                      password_hash="pbkdf2_sha256$600000$9f1c$77aa", api_token="tk_3f9a1c"),
    "bob": UserInDB(username="bob", full_name="Bob Dev",
                    password_hash="pbkdf2_sha256$600000$02be$c4d1", api_token="tk_77b0e2"),
}


# TODO: the response model is a list of UserOut.
@app.get("/users")
def list_users():
    return list(USERS.values())


# TODO: the response model is UserOut.
@app.get("/users/{username}")
def get_user(username: str):
    if username not in USERS:
        raise HTTPException(status_code=404, detail=f"no user called {username}")
    return USERS[username]


# --- tests: read them, don't change them ---
import json
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # some Starlette versions warn about their HTTP client
    from fastapi.testclient import TestClient

SECRETS = ("password_hash", "api_token", "pbkdf2_sha256", "tk_")


@pytest.fixture
def client():
    return TestClient(app)


def assert_no_secret(text, where):
    for secret in SECRETS:
        assert secret not in text, f"{where} shows {secret!r}"


def test_one_user_without_secrets(client):
    response = client.get("/users/alice")
    assert response.status_code == 200
    assert response.json() == {"username": "alice", "full_name": "Alice Ops"}


def test_the_list_without_secrets(client):
    response = client.get("/users")
    assert response.status_code == 200
    assert sorted(response.json(), key=lambda user: user["username"]) == [
        {"username": "alice", "full_name": "Alice Ops"},
        {"username": "bob", "full_name": "Bob Dev"},
    ]
    assert_no_secret(response.text, "GET /users")


def test_unknown_user_is_still_404(client):
    assert client.get("/users/mallory").status_code == 404


def test_the_documentation_shows_no_secret_field(client):
    app.openapi_schema = None  # build the document afresh
    spec = client.get("/openapi.json").json()
    for path in ("/users", "/users/{username}"):
        ok = spec["paths"][path]["get"]["responses"]["200"]
        assert ok["content"]["application/json"]["schema"], f"{path} documents no answer"
    assert_no_secret(json.dumps(spec), "the OpenAPI document")
    assert "UserOut" in spec["components"]["schemas"]
