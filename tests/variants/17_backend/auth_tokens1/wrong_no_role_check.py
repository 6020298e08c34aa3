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
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return None
    return TOKENS.get(token.strip())


def unauthorized():
    return {"error": "authentication required"}, 401, {"WWW-Authenticate": "Bearer"}


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
    return {"status": "rebooting"}


