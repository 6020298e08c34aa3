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
        # TODO (step 4): the paths in PUBLIC_PATHS (the load balancer's health check) need
        #       no token
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
        # TODO (step 4): ?done=true / ?done=false filters the list; any other value is a 400
        return jsonify(db.list_tasks(conn()))

    @app.post("/tasks")
    def create_task():
        fields = validate_task(request.get_json(silent=True))
        task = db.create_task(conn(), **fields)
        return jsonify(task), 201, {"Location": f"/tasks/{task['id']}"}

    @app.get("/tasks/<int:task_id>")
    def get_task(task_id):
        # TODO (step 4): a task that doesn't exist is a 404, not a 200 with null
        return jsonify(db.get_task(conn(), task_id))

    # TODO (step 4): PATCH /tasks/<id> (validate with partial=True; 200 with the task, or 404)
    #       and DELETE /tasks/<id> (204 with an empty body, or 404)

    return app
