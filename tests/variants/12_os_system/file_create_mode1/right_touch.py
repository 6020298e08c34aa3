from pathlib import Path


def save_token(path, token):
    path = Path(path)
    path.touch(mode=0o600, exist_ok=False)
    path.write_text(token, encoding="utf-8")
