import json
import os
from tempfile import NamedTemporaryFile


def save_state(path, state):
    with NamedTemporaryFile("w", dir=os.path.dirname(os.path.abspath(path)),
                            delete=False, encoding="utf-8") as f:
        try:
            json.dump(state, f)
            f.flush()
            os.fsync(f.fileno())
        except Exception:
            f.close()
            os.unlink(f.name)
            raise
    os.rename(f.name, path)
