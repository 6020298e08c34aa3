import json
import os
import tempfile


def save_state(path, state):
    fd, temporary = tempfile.mkstemp(suffix=".json")
    try:
        with open(fd, "w", encoding="utf-8") as f:
            json.dump(state, f, indent=2)
        os.replace(temporary, path)
    except BaseException:
        os.remove(temporary)
        raise
