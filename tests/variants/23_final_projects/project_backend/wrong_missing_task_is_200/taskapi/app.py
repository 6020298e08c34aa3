"""The HTTP API: routes, authentication and error responses."""

from flask import Flask, g, jsonify, request

from taskapi import db
from taskapi.auth import is_valid_token, parse_bearer
from taskapi.validation import ValidationError, validate_task

PUBLIC_PATHS = {"/health"}


def create_app(db_path, tokens: list[str]) -> Flask:
    app = Flask(__name__)
    app.config["DB_PATH"] = str(db_path)
    app.config["TOKENS"] = list(tokens)

    def conn():
        if "db" not in g:
            g.db = db.connect(app.config["DB_PATH"])
        return g.db

    @app.teardown_appcontext
    def close_db(_error):
        connection = g.pop("db", None)
        if connection is not None:
            connection.close()

    @app.before_request
    def require_token():
        if request.path in PUBLIC_PATHS:
            return None
        token = parse_bearer(request.headers.get("Authorization"))
        if not is_valid_token(token, app.config["TOKENS"]):
            return jsonify(error="unauthorized"), 401
        return None

    @app.errorhandler(ValidationError)
    def invalid(error):
        return jsonify(errors=error.errors), 400

    def not_found():
        return jsonify(error="not found"), 404

    @app.get("/health")
    def health():
        return jsonify(status="ok")

    @app.get("/tasks")
    def list_tasks():
        done = request.args.get("done")
        if done not in (None, "true", "false"):
            raise ValidationError({"done": "must be true or false"})
        flag = None if done is None else done == "true"
        return jsonify(db.list_tasks(conn(), flag))

    @app.post("/tasks")
    def create_task():
        fields = validate_task(request.get_json(silent=True))
        task = db.create_task(conn(), **fields)
        return jsonify(task), 201, {"Location": f"/tasks/{task['id']}"}

    @app.get("/tasks/<int:task_id>")
    def get_task(task_id):
        task = db.get_task(conn(), task_id)
        return jsonify(task)

    @app.patch("/tasks/<int:task_id>")
    def update_task(task_id):
        changes = validate_task(request.get_json(silent=True), partial=True)
        task = db.update_task(conn(), task_id, changes)
        return jsonify(task) if task else not_found()

    @app.delete("/tasks/<int:task_id>")
    def delete_task(task_id):
        if not db.delete_task(conn(), task_id):
            return not_found()
        return "", 204

    return app
