from flask import Flask, request

app = Flask(__name__)

TOKENS = {
    "tk_3f9a1c": {"name": "alice", "roles": {"admin", "viewer"}},
    "tk_77b0e2": {"name": "bob", "roles": {"viewer"}},
}


def current_user():
    token = request.headers.get("Authorization", "").split()[-1:] or [""]
    return TOKENS.get(token[0])


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
    if "admin" not in user["roles"]:
        return {"error": "admin role required"}, 403
    return {"status": "rebooting"}
