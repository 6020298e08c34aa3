import json


def save_state(path, state):
    text = json.dumps(state, indent=2)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
