"""Start the API on http://127.0.0.1:5000 with a database file next to this script.

    TASKAPI_TOKENS=dev-token python run.py
    curl -H "Authorization: Bearer dev-token" http://127.0.0.1:5000/tasks
"""

import os
from pathlib import Path

from taskapi.app import create_app

if __name__ == "__main__":
    tokens = [t for t in os.environ.get("TASKAPI_TOKENS", "").split(",") if t]
    app = create_app(Path(__file__).parent / "tasks.db", tokens)
    app.run(host="127.0.0.1", port=5000)
