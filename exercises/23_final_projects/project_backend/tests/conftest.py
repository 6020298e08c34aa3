import pytest

from taskapi import db
from taskapi.app import create_app

TOKEN = "test-token-123"


@pytest.fixture
def conn(tmp_path):
    connection = db.connect(tmp_path / "tasks.db")
    yield connection
    connection.close()


@pytest.fixture
def client(tmp_path):
    app = create_app(tmp_path / "api.db", [TOKEN, "second-token"])
    app.config["TESTING"] = True
    return app.test_client()


@pytest.fixture
def auth():
    return {"Authorization": f"Bearer {TOKEN}"}
