import json
import os
import shutil


def save_state(path, state):
    temporary = f"{path}.tmp"
    try:
        with open(temporary, "w", encoding="utf-8") as f:
            json.dump(state, f, indent=2)
        shutil.copyfile(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
