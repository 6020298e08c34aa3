from pathlib import Path


class AtomicWrite:
    def __init__(self, path):
        self.path = Path(path)
        self.tmp_path = self.path.with_name(self.path.name + ".tmp")
        self.file = None

    def __enter__(self):
        self.file = open(self.tmp_path, "w", encoding="utf-8")
        return self

    def write(self, text):
        return self.file.write(text)

    def __exit__(self, exc_type, exc, tb):
        self.file.close()
        if exc_type is None:
            self.tmp_path.replace(self.path)
        else:
            self.tmp_path.unlink()
        return False
