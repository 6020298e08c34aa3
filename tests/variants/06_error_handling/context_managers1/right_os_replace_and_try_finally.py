import os
from pathlib import Path


class AtomicWrite:
    def __init__(self, path):
        self.path = Path(path)
        self.tmp_path = self.path.with_name(self.path.name + ".tmp")
        self.file = None

    def __enter__(self):
        self.file = self.tmp_path.open("w", encoding="utf-8")
        return self.file

    def __exit__(self, exc_type, exc, tb):
        try:
            self.file.close()
        finally:
            if exc is None:
                os.replace(self.tmp_path, self.path)
            else:
                os.remove(self.tmp_path)
