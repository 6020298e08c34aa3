from flask import Flask, request

app = Flask(__name__)

TOKENS = {
    "tk_3f9a1c": {"name": "alice", "roles": {"admin", "viewer"}},
    "tk_77b0e2": {"name": "bob", "roles": {"viewer"}},
}


def current_user():
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme != "Bearer":
        return None
    return TOKENS.get(token)


@app.get("/me")
def me():
    user = current_user()
    if user is None:
        return {"error": "no"}, 401, {"WWW-Authenticate": "Bearer"}
    return {"name": user["name"]}


@app.post("/reboot")
def reboot():
    user = current_user()
    if user is None or "admin" not in user["roles"]:
        return {"error": "no"}, 403
    return {"status": "rebooting"}
