from functools import wraps

from flask import Flask, g, jsonify, request

app = Flask(__name__)

TOKENS = {
    "tk_3f9a1c": {"name": "alice", "roles": {"admin", "viewer"}},
    "tk_77b0e2": {"name": "bob", "roles": {"viewer"}},
}


def current_user():
    header = request.headers.get("Authorization")
    if not header or not header.startswith("Bearer "):
        return None
    return TOKENS.get(header[len("Bearer "):])


def requires(role=None):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            user = current_user()
            if user is None:
                response = jsonify(error="who are you?")
                response.status_code = 401
                response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
                return response
            if role is not None and role not in user["roles"]:
                return jsonify(error="forbidden"), 403
            g.user = user
            return view(*args, **kwargs)
        return wrapper
    return decorator


@app.get("/me")
@requires()
def me():
    return {"name": g.user["name"]}


@app.post("/reboot")
@requires("admin")
def reboot():
    return {"status": "rebooting"}
