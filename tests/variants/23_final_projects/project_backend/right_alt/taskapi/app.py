from flask import Flask, abort, g, jsonify, request

from taskapi import db
from taskapi.auth import is_valid_token, parse_bearer
from taskapi.validation import ValidationError, validate_task


def create_app(db_path, tokens):
    app = Flask(__name__)

    def database():
        if "db" not in g:
            g.db = db.connect(str(db_path))
        return g.db

    @app.teardown_appcontext
    def close(_exc):
        conn = g.pop("db", None)
        if conn is not None:
            conn.close()

    @app.before_request
    def check_token():
        if request.endpoint == "health":
            return None
        if not is_valid_token(parse_bearer(request.headers.get("Authorization")), tokens):
            return {"error": "unauthorized"}, 401

    @app.errorhandler(ValidationError)
    def bad_request(err):
        return {"errors": err.errors}, 400

    @app.errorhandler(404)
    def missing(_err):
        return {"error": "not found"}, 404

    @app.route("/health")
    def health():
        return {"status": "ok"}

    @app.route("/tasks", methods=["GET", "POST"])
    def tasks():
        if request.method == "POST":
            fields = validate_task(request.get_json(silent=True))
            task = db.create_task(database(), fields["title"], fields["priority"], fields["done"])
            response = jsonify(task)
            response.status_code = 201
            response.headers["Location"] = "/tasks/%d" % task["id"]
            return response
        wanted = {"true": True, "false": False, None: None}
        done = request.args.get("done")
        if done not in wanted:
            raise ValidationError({"done": "true or false"})
        return jsonify(db.list_tasks(database(), wanted[done]))

    @app.route("/tasks/<int:task_id>", methods=["GET", "PATCH", "DELETE"])
    def one_task(task_id):
        conn = database()
        if request.method == "DELETE":
            if db.delete_task(conn, task_id):
                return "", 204
            abort(404)
        if request.method == "PATCH":
            changes = validate_task(request.get_json(silent=True), partial=True)
            task = db.update_task(conn, task_id, changes)
        else:
            task = db.get_task(conn, task_id)
        if task is None:
            abort(404)
        return jsonify(task)

    return app
